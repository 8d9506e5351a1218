package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.k12jobspot.consent.api.ConsentChange;
import org.k12jobspot.consent.api.ConsentSource;
import org.k12jobspot.consent.api.Purpose;
import org.k12jobspot.consent.api.Unsubscribes;

/** Unsubscribe links: looked up without effect, confirmed into a ledger withdrawal. */
@ApplicationScoped
@Transactional
public class UnsubscribeLinks implements Unsubscribes {

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject RecordedConsents consents;

    @Override
    public Optional<Purpose> lookUp(String token) {
        return find(token).map(UnsubscribeToken::purpose);
    }

    @Override
    public boolean confirm(String token) {
        var link = find(token);
        if (link.isEmpty()) {
            return false;
        }

        consents.record(
                new ConsentChange(
                        link.get().account(),
                        link.get().purpose(),
                        false,
                        Optional.empty(),
                        ConsentSource.UNSUBSCRIBE_LINK,
                        Optional.empty(),
                        Optional.empty()));
        return true;
    }

    private Optional<UnsubscribeToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(UnsubscribeToken.class, LinkTokens.digest(token)));
    }
}
