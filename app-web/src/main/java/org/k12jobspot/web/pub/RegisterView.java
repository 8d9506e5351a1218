package org.k12jobspot.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.k12jobspot.accounts.api.Accounts;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.Registration;
import org.k12jobspot.web.platform.FieldMessages;

/** The registration form: only a name, an email address and a password are asked for. */
@Named
@RequestScoped
public class RegisterView {

    @Inject Accounts accounts;

    private String fullName;
    private String email;
    private String password;

    public String register() {
        try {
            accounts.register(new Registration(fullName, email, password));
            return "/registered?faces-redirect=true";
        } catch (InputRejected e) {
            FieldMessages.show("register", e.problems());
            return null;
        }
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
