package org.k12jobspot.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.Consents;
import org.k12jobspot.consent.api.PolicyPrompt;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PublishedPolicy;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;
import org.k12jobspot.web.platform.PolicyGate;

/**
 * The page a person sees after a material change of the policy: the new version, what changed since
 * the version they accepted, and one button to accept it. The version accepted is the one this page
 * showed, even if another is published meanwhile.
 */
@Named
@ViewScoped
public class PolicyUpdateView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Consents consents;
    @Inject Policies policies;
    @Inject Caller caller;
    @Inject HttpServletRequest request;

    private AccountId owner;
    private PublishedPolicy shown;
    private PublishedPolicy previous;
    private List<PublishedPolicy> changes = List.of();

    @PostConstruct
    void load() {
        owner = caller.requireAccountId();
        var prompt = consents.policyPrompt(owner);
        if (prompt.isEmpty() || prompt.get().kind() != PolicyPrompt.Kind.MUST_ACCEPT) {
            return;
        }
        shown = policies.find(prompt.get().current()).orElse(null);
        previous = prompt.get().previous().flatMap(policies::find).orElse(null);
        var after = previous == null ? 0 : previous.number();
        changes =
                policies.published().stream()
                        .filter(v -> v.number() > after && v.number() <= shown.number())
                        .sorted(Comparator.comparingInt(PublishedPolicy::number))
                        .toList();
    }

    public String accept() {
        if (shown == null) {
            return "/account/profile?faces-redirect=true";
        }
        try {
            consents.acceptPolicy(owner, shown.id());
            PolicyGate.settled(request, shown.id().toString());
            return "/account/profile?faces-redirect=true";
        } catch (InputRejected e) {
            FieldMessages.error(e.problems().values().iterator().next());
            return null;
        }
    }

    public boolean isPending() {
        return shown != null;
    }

    public PublishedPolicy getShown() {
        return shown;
    }

    /** Every version since the one last accepted, oldest first, with its change summary. */
    public List<PublishedPolicy> getChanges() {
        return changes;
    }

    public PublishedPolicy getPrevious() {
        return previous;
    }
}
