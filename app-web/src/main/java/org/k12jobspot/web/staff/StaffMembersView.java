package org.k12jobspot.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.accounts.api.NewStaffMember;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.accounts.api.StaffMember;
import org.k12jobspot.accounts.api.StaffMembers;
import org.k12jobspot.accounts.api.StaffStatus;
import org.k12jobspot.web.platform.Caller;
import org.k12jobspot.web.platform.FieldMessages;

/**
 * The staff members screen for administrators: who is staff, adding a member (who chooses their own
 * password through a mailed link), and disabling or re-enabling one.
 */
@Named
@ViewScoped
public class StaffMembersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<Role> ROLES = List.of(Role.STAFF, Role.ADMIN);

    @Inject StaffMembers staff;
    @Inject Caller caller;

    private List<StaffMember> members = List.of();
    private String fullName;
    private String email;
    private Role role;

    @PostConstruct
    void load() {
        members = staff.list();
    }

    public void add() {
        try {
            staff.add(new NewStaffMember(fullName, email, role), caller.requireAccountId());
            FieldMessages.info(
                    "Staff member added. They get a mail with a link to choose their password.");
            fullName = null;
            email = null;
            role = null;
            members = staff.list();
        } catch (InputRejected e) {
            FieldMessages.show("add", e.problems());
        }
    }

    public void disable(StaffMember member) {
        try {
            staff.disable(member.id(), caller.requireAccountId());
            FieldMessages.info(member.fullName() + " is disabled and signed out.");
        } catch (InputRejected e) {
            e.problems().values().forEach(FieldMessages::error);
        }
        members = staff.list();
    }

    public void enable(StaffMember member) {
        try {
            staff.enable(member.id(), caller.requireAccountId());
            FieldMessages.info(member.fullName() + " can sign in again.");
        } catch (InputRejected e) {
            e.problems().values().forEach(FieldMessages::error);
        }
        members = staff.list();
    }

    public String roleLabel(Role role) {
        return role == Role.ADMIN ? "Administrator" : "Staff member";
    }

    public boolean isSelf(StaffMember member) {
        return caller.accountId().map(member.id()::equals).orElse(false);
    }

    public boolean isDisabled(StaffMember member) {
        return member.status() == StaffStatus.DISABLED;
    }

    public List<StaffMember> getMembers() {
        return members;
    }

    public List<Role> getRoles() {
        return ROLES;
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
