package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Role;

/** Finds, stores and removes the accounts module's rows. */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    Optional<Account> find(AccountId id) {
        return Optional.ofNullable(em.find(Account.class, id.toString()));
    }

    Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
                .setParameter("key", EmailAddresses.key(email))
                .getResultStream()
                .findFirst();
    }

    boolean anyWithRole(Role role) {
        return !em.createQuery("select a.id from Account a where a.role = :role", String.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    Optional<ProfileRecord> findProfile(AccountId owner) {
        return Optional.ofNullable(em.find(ProfileRecord.class, owner.toString()));
    }

    /**
     * Stores a new single-use link token of the account, under its digest only, and returns the
     * token itself for the link in the mail: it is never stored.
     */
    String issueLink(Account account, TokenPurpose purpose, Instant now, Duration lifetime) {
        var token = Tokens.newToken();
        store(
                new VerificationToken(
                        Tokens.digest(token),
                        account.accountId(),
                        purpose,
                        now,
                        now.plus(lifetime)));
        return token;
    }

    void store(Object row) {
        em.persist(row);
    }

    /** Writes pending changes now, so a broken constraint shows here and not at commit. */
    void flush() {
        em.flush();
    }

    List<CertificationRecord> certificationsOf(AccountId owner) {
        return em.createQuery(
                        "select c from CertificationRecord c where c.accountId = :owner"
                                + " order by c.addedAt, c.id",
                        CertificationRecord.class)
                .setParameter("owner", owner.toString())
                .getResultList();
    }

    List<DegreeRecord> degreesOf(AccountId owner) {
        return em.createQuery(
                        "select d from DegreeRecord d where d.accountId = :owner"
                                + " order by d.addedAt, d.id",
                        DegreeRecord.class)
                .setParameter("owner", owner.toString())
                .getResultList();
    }

    Optional<CertificationRecord> findCertification(String id) {
        return Optional.ofNullable(em.find(CertificationRecord.class, id));
    }

    Optional<DegreeRecord> findDegree(String id) {
        return Optional.ofNullable(em.find(DegreeRecord.class, id));
    }

    void remove(Object row) {
        em.remove(row);
    }

    Optional<VerificationToken> findToken(String tokenHash) {
        return Optional.ofNullable(em.find(VerificationToken.class, tokenHash));
    }

    List<VerificationToken> tokensOf(AccountId owner, TokenPurpose purpose) {
        return em.createQuery(
                        "select t from VerificationToken t where t.accountId = :owner"
                                + " and t.purpose = :purpose",
                        VerificationToken.class)
                .setParameter("owner", owner.toString())
                .setParameter("purpose", purpose)
                .getResultList();
    }

    void removeTokensOf(AccountId owner, TokenPurpose purpose) {
        em.createQuery(
                        "delete from VerificationToken t where t.accountId = :owner"
                                + " and t.purpose = :purpose")
                .setParameter("owner", owner.toString())
                .setParameter("purpose", purpose)
                .executeUpdate();
    }
}
