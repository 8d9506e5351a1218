package org.k12jobspot.web.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PublishedPolicy;

/** Two published versions side by side as a list of changes; a friendly 404 for unknown ones. */
@Named
@RequestScoped
public class PolicyCompareView {

    @Inject Policies policies;

    private String from;
    private String to;
    private Optional<PublishedPolicy> older = Optional.empty();
    private Optional<PublishedPolicy> newer = Optional.empty();

    public void load() {
        older = PolicyNumbers.parse(from).flatMap(policies::findByNumber);
        newer = PolicyNumbers.parse(to).flatMap(policies::findByNumber);
        if (!isFound()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return older.isPresent() && newer.isPresent();
    }

    public PublishedPolicy getOlder() {
        return older.orElse(null);
    }

    public PublishedPolicy getNewer() {
        return newer.orElse(null);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
