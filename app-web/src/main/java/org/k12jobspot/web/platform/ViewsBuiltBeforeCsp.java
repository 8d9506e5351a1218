package org.k12jobspot.web.platform;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.faces.FactoryFinder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.LifecycleFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Base64;
import java.util.UUID;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * Chooses the script nonce of each answer before PrimeFaces' CSP mode does, and builds a page's
 * view first. Registered as the first listener of the lifecycle when the application starts (see
 * faces-config.xml), so it runs before PrimeFaces' own.
 *
 * <p>PrimeFaces keeps the nonce of a view that keeps state in the view's map, which lives in the
 * session; a page says it keeps none ({@code f:view transient}) only once its view is built, which
 * Faces does after the listeners that run before rendering: without building it here, every
 * anonymous page would open a session (and set a cookie) for its nonce.
 *
 * <p>PrimeFaces also wants every postback to send the page's nonce back, which only its scripts do:
 * a form sent without JavaScript, or a forged post, would end in an error page. A full page gets a
 * fresh nonce of its own instead (its policy names it); an ajax answer keeps the page's, since the
 * page's policy is the one in force.
 */
public class ViewsBuiltBeforeCsp implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;
    private static final String NONCE = "primefaces.nonce";
    private static final Field CHOSEN_NONCE = chosenNonceField();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        var context = event.getFacesContext();
        var root = context.getViewRoot();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE
                || root == null
                || context.getResponseComplete()) {
            return;
        }
        if (!context.isPostback()) {
            build(context);
        }
        chooseNonce(context);
    }

    /**
     * A postback that fails before rendering (a view state from another session, say) is answered
     * by PrimeFaces' exception handler, which asks for the nonce before any render: it is chosen
     * once the view is restored, so that answer is an error page and not a second failure.
     */
    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE && context.isPostback()) {
            chooseNonce(context);
        }
    }

    private static void chooseNonce(FacesContext context) {
        var state = PrimeFacesContext.getCspState(context);
        if (chosen(state) != null) {
            return;
        }
        var root = context.getViewRoot();
        var ajax = context.getPartialViewContext().isAjaxRequest();
        var views = root == null ? null : root.getViewMap(false);
        var pages = views == null ? null : views.get(NONCE);
        String nonce;
        if (ajax && pages instanceof String kept) {
            nonce = kept;
        } else if (ajax && wellFormed(sent(context))) {
            nonce = sent(context);
        } else {
            nonce = state.generateNonce();
            if (root != null && !root.isTransient()) {
                root.getViewMap(true).put(NONCE, nonce);
            }
        }
        choose(state, nonce);
    }

    /** At application start: puts this listener first in the default lifecycle. */
    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        var factory = (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
        var lifecycle = factory.getLifecycle(LifecycleFactory.DEFAULT_LIFECYCLE);
        var others = lifecycle.getPhaseListeners();
        for (var listener : others) {
            lifecycle.removePhaseListener(listener);
        }
        lifecycle.addPhaseListener(this);
        for (var listener : others) {
            if (!(listener instanceof ViewsBuiltBeforeCsp)) {
                lifecycle.addPhaseListener(listener);
            }
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    private static void build(FacesContext context) {
        var root = context.getViewRoot();
        var language =
                context.getApplication()
                        .getViewHandler()
                        .getViewDeclarationLanguage(context, root.getViewId());
        if (language == null) {
            return;
        }
        try {
            // Faces builds a view once: when rendering begins, it finds this one populated.
            language.buildView(context, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sent(FacesContext context) {
        return context.getExternalContext().getRequestParameterMap().get(NONCE);
    }

    /** A nonce as PrimeFaces makes them (a UUID in Base64), so nothing else reaches the header. */
    private static boolean wellFormed(String nonce) {
        if (nonce == null || !nonce.matches("[A-Za-z0-9+/=]{1,100}")) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(nonce), UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** PrimeFaces offers no setter; once its state holds a nonce, it uses that one as it is. */
    private static void choose(CspState state, String nonce) {
        try {
            CHOSEN_NONCE.set(state, nonce);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("PrimeFaces' CSP state cannot take a nonce", e);
        }
    }

    private static String chosen(CspState state) {
        try {
            return (String) CHOSEN_NONCE.get(state);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("PrimeFaces' CSP state cannot be read", e);
        }
    }

    private static Field chosenNonceField() {
        try {
            var field = CspState.class.getDeclaredField("nonce");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This PrimeFaces version keeps its nonce elsewhere", e);
        }
    }
}
