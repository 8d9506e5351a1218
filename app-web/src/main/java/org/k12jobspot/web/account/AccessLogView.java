package org.k12jobspot.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.k12jobspot.accounts.api.AccessEntry;
import org.k12jobspot.accounts.api.AccessLog;
import org.k12jobspot.accounts.api.Role;
import org.k12jobspot.web.platform.Caller;

/** The signed-in person's own access log: every time staff opened or changed their data. */
@Named
@RequestScoped
public class AccessLogView {

    @Inject AccessLog log;
    @Inject Caller caller;

    private List<AccessEntry> entries = List.of();

    @PostConstruct
    void load() {
        entries = log.entriesAbout(caller.requireAccountId());
    }

    public String who(AccessEntry entry) {
        var role = entry.staffRole() == Role.ADMIN ? "Administrator" : "Staff member";
        return role + " " + entry.staffReference();
    }

    public List<AccessEntry> getEntries() {
        return entries;
    }
}
