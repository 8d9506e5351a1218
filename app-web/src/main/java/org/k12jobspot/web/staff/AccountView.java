package org.k12jobspot.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.accounts.api.StaffDirectory;

/** One account's candidacy profile, opened by staff from the account table. */
@Named
@RequestScoped
public class AccountView {

    @Inject StaffDirectory directory;

    private String id;
    private Optional<CandidacyProfile> profile = Optional.empty();

    public void load() {
        try {
            profile = id == null ? Optional.empty() : directory.open(AccountId.parse(id));
        } catch (IllegalArgumentException e) {
            profile = Optional.empty();
        }
        if (profile.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return profile.isPresent();
    }

    public CandidacyProfile getProfile() {
        return profile.orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
