package org.k12jobspot.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Keeps {@link SignedInSessions} free of sessions that timed out or were signed out. */
@WebListener
public class SessionEnds implements HttpSessionListener {

    @Inject SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
