package org.k12jobspot.web.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.k12jobspot.policy.api.Policies;
import org.k12jobspot.policy.api.PublishedPolicy;

/** One published version of the policy, by its number; a friendly 404 for any other number. */
@Named
@RequestScoped
public class PolicyVersionView {

    @Inject Policies policies;

    private String number;
    private Optional<PublishedPolicy> version = Optional.empty();
    private PublishedPolicy current;

    public void load() {
        version = PolicyNumbers.parse(number).flatMap(policies::findByNumber);
        current = policies.current();
        if (version.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return version.isPresent();
    }

    public PublishedPolicy getVersion() {
        return version.orElse(null);
    }

    public boolean isCurrent() {
        return version.map(v -> v.number() == current.number()).orElse(false);
    }

    public boolean isUpcoming() {
        return version.map(v -> v.number() > current.number()).orElse(false);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
