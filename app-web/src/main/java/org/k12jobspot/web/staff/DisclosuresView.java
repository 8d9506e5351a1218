package org.k12jobspot.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.k12jobspot.consent.api.DisclosureRefusal;
import org.k12jobspot.consent.api.Disclosures;

/** The disclosures the gate refused, newest first, for staff to review. */
@Named
@RequestScoped
public class DisclosuresView {

    private static final int PAGE = 100;

    @Inject Disclosures disclosures;

    private List<DisclosureRefusal> refusals;

    public List<DisclosureRefusal> getRefusals() {
        if (refusals == null) {
            refusals = disclosures.refusals(0, PAGE);
        }
        return refusals;
    }
}
