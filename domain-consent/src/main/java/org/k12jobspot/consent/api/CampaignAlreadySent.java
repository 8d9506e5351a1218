package org.k12jobspot.consent.api;

/**
 * The form that would send this campaign was sent before, by a double click, a reload or a second
 * tab: the message went out once, with the campaign held here, and nothing was sent again.
 */
public class CampaignAlreadySent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Campaign campaign;

    public CampaignAlreadySent(Campaign campaign) {
        super("Campaign " + campaign.id() + " was already sent from this form");
        this.campaign = campaign;
    }

    /** The campaign the first submission of the form sent. */
    public Campaign campaign() {
        return campaign;
    }
}
