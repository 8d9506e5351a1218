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
    private static final int LAST_PAGE = 100_000;

    @Inject Outbox outbox;

    private int page;
    private List<OutboxEntry> entries = List.of();
    private long total;

    public void load() {
        page = Math.clamp(page, 0, LAST_PAGE);
        entries = outbox.recent(page * PAGE, PAGE);
        total = outbox.size();
    }

    public List<OutboxEntry> getEntries() {
        return entries;
    }

    public long getTotal() {
        return total;
    }

    public boolean isHasNext() {
        return !entries.isEmpty() && (page + 1L) * PAGE < getTotal();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
