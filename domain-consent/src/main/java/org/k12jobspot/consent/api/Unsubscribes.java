package org.k12jobspot.consent.api;

import java.util.Optional;

/**
 * The unsubscribe links in marketing mail. Looking a link up changes nothing (mail scanners open
 * links); only {@link #confirm} withdraws the consent it stands for.
 */
public interface Unsubscribes {

    /** The purpose a link would withdraw, if the link is known. */
    Optional<Purpose> lookUp(String token);

    /** Withdraws the purpose; true if the link is known (also when already withdrawn). */
    boolean confirm(String token);
}
