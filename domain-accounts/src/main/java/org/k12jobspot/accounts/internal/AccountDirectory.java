package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountPage;
import org.k12jobspot.accounts.api.AccountQuery;
import org.k12jobspot.accounts.api.StaffDirectory;

/**
 * The staff view of accounts: search by the start of a name, an email address or a telephone
 * number's digits; sorting and paging, all done by the database.
 */
@ApplicationScoped
@Transactional
public class AccountDirectory implements StaffDirectory {

    @PersistenceContext(unitName = "accounts")
    private EntityManager em;

    @Override
    public AccountPage search(AccountQuery query) {
        var hasPrefix = query.prefix() != null && !query.prefix().isBlank();
        var phone = hasPrefix ? SearchKeys.phonePrefixPattern(query.prefix()) : Optional.empty();
        var where = "";
        if (hasPrefix) {
            where = " where a.nameKey like :p escape '\\' or a.emailKey like :p escape '\\'";
        }
        if (phone.isPresent()) {
            where +=
                    " or exists (select r from ProfileRecord r where r.accountId = a.id"
                            + " and r.phoneKey like :phone)";
        }
        var column =
                switch (query.sort()) {
                    case NAME -> "a.nameKey";
                    case EMAIL -> "a.emailKey";
                    case REGISTERED -> "a.registeredAt";
                };
        var direction = query.ascending() ? " asc" : " desc";

        var rows =
                em.createQuery(
                        "select a from Account a"
                                + where
                                + " order by "
                                + column
                                + direction
                                + ", a.id",
                        Account.class);
        var count = em.createQuery("select count(a) from Account a" + where, Long.class);
        if (hasPrefix) {
            var pattern = SearchKeys.prefixPattern(query.prefix());
            rows.setParameter("p", pattern);
            count.setParameter("p", pattern);
        }
        if (phone.isPresent()) {
            rows.setParameter("phone", phone.get());
            count.setParameter("phone", phone.get());
        }
        var accounts =
                rows
                        .setFirstResult(query.first())
                        .setMaxResults(query.pageSize())
                        .getResultList()
                        .stream()
                        .map(Account::summary)
                        .toList();

        return new AccountPage(accounts, count.getSingleResult());
    }
}
