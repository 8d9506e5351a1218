package org.k12jobspot.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.OutboxEntry;

/** The mail outbox for staff: what the site has queued and whether it was delivered. */
@Named
@RequestScoped
public class OutboxView {

    private static final int PAGE = 50;

    @Inject Outbox outbox;

    private int page;
    private List<OutboxEntry> entries;

    public void load() {
        page = Math.max(0, page);
        entries = outbox.recent(page * PAGE, PAGE);
    }

    public List<OutboxEntry> getEntries() {
        return entries;
    }

    public long getTotal() {
        return outbox.size();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE < getTotal();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
