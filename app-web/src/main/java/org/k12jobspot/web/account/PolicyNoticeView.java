package org.k12jobspot.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.k12jobspot.consent.api.PolicyPrompt;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PublishedPolicy;
import org.k12jobspot.web.platform.PolicyGate;

/** The one-time notice of a non-material policy change, when the gate put one on this request. */
@Named
@RequestScoped
public class PolicyNoticeView {

    @Inject HttpServletRequest request;
    @Inject Policies policies;

    private PublishedPolicy current;
    private PublishedPolicy previous;
    private boolean read;

    public boolean isShown() {
        load();
        return current != null;
    }

    public PublishedPolicy getCurrent() {
        load();
        return current;
    }

    public PublishedPolicy getPrevious() {
        load();
        return previous;
    }

    private void load() {
        if (read) {
            return;
        }
        read = true;
        if (request.getAttribute(PolicyGate.NOTICE) instanceof PolicyPrompt prompt) {
            current = policies.find(prompt.current()).orElse(null);
            previous = prompt.previous().flatMap(policies::find).orElse(null);
        }
    }
}
