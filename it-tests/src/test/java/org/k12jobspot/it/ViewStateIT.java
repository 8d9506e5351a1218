package org.k12jobspot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import net.bytebuddy.ByteBuddy;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Outbox;
import org.k12jobspot.accounts.api.OutboxEntry;
import org.k12jobspot.consent.api.CampaignDraft;
import org.k12jobspot.consent.api.Campaigns;

/**
 * Posts no page of the site would send: every form of every page, as each role that reaches it,
 * sent without its view state and with a view state from another session (or, for the pages that
 * keep no state for anonymous visitors, from another site). Each is refused with a clear page,
 * never a server error or a stack trace, and the database is the same afterwards. Then every link
 * on those pages and every kind of mailed link (verification, reset, deletion, unsubscribe) is
 * opened with GET, and the database is again the same: only a button changes anything.
 */
@ExtendWith(ArquillianExtension.class)
class ViewStateIT {

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"");
    private static final Pattern BUTTON =
            Pattern.compile(
                    "<(?:button|input)\\s[^>]*type=\"submit\"[^>]*>|<button\\s[^>]*name=\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("\\shref=\"(/[^\"#]*)\"");
    private static final Pattern MAILED_LINK =
            Pattern.compile(
                    "http://[^/\\s]+(/(?:verify|reset-password|confirm-deletion|unsubscribe)"
                            + "\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern ACCOUNT_LINK =
            Pattern.compile("/staff/account\\?id=([0-9a-f-]{36})");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String FOREIGN_SITE = "http://attacker.example";

    @Inject Outbox outbox;
    @Inject Campaigns campaigns;

    @Deployment
    static WebArchive deployment() {
        return Deployments.productWar()
                .addClasses(
                        ViewStateIT.class,
                        SecurityHeadersIT.class,
                        Canary.class,
                        Canary.CapturedLog.class,
                        HttpVisitor.class,
                        Page.class,
                        Html.class,
                        SiteAddress.class,
                        Onboarding.class,
                        Person.class)
                .addAsLibraries(Deployments.codeSourceOf(Assertions.class))
                // Soft assertions make their proxies with Byte Buddy.
                .addAsLibraries(Deployments.codeSourceOf(ByteBuddy.class));
    }

    /** Who visits, and a second session of the same kind to take foreign view states from. */
    private record Role(String name, HttpVisitor visitor, HttpVisitor other) {}

    @Test
    void refusesEveryFormPostedWithoutOrWithAForeignViewStateAndChangesNothing() throws Exception {
        var site = new Site();
        var soft = new SoftAssertions();
        var before = snapshot();

        var forms = 0;
        for (var address : site.addresses()) {
            for (var role : site.rolesFor(address)) {
                var page = role.visitor().get(address);
                if (page.status() != 200) {
                    continue;
                }
                var other = role.other().get(address);
                var ids = FORM.matcher(page.body());
                while (ids.find()) {
                    forms++;
                    forgeFormPosts(soft, role, page, other, ids.group(1), address);
                }
            }
        }

        assertThat(forms).as("forms posted").isGreaterThan(40);
        soft.assertAll();
        assertThat(snapshot()).as("the database after every forged post").isEqualTo(before);
    }

    @Test
    void changesNothingWhenEveryLinkOfEveryPageAndEveryMailedLinkIsOpened() throws Exception {
        var site = new Site();
        var before = snapshot();

        var opened = new LinkedHashSet<String>();
        for (var address : site.addresses()) {
            for (var role : site.rolesFor(address)) {
                var page = role.visitor().get(address);
                assertThat(page.status()).as("GET %s as %s", address, role.name()).isLessThan(500);
                var links = LINK.matcher(page.body());
                while (links.find()) {
                    var link = Html.decode(links.group(1));
                    if (opened.add(role.name() + " " + link) && !link.startsWith("/jakarta")) {
                        var answer = role.visitor().get(link);
                        assertThat(answer.status())
                                .as("GET %s as %s", link, role.name())
                                .isLessThan(500);
                    }
                }
            }
        }
        for (var link : site.mailedLinks()) {
            assertThat(new HttpVisitor().open(link).status()).as("GET %s", link).isLessThan(500);
        }

        assertThat(site.mailedLinks())
                .anyMatch(l -> l.startsWith("/verify?"))
                .anyMatch(l -> l.startsWith("/reset-password?"))
                .anyMatch(l -> l.startsWith("/confirm-deletion?"))
                .anyMatch(l -> l.startsWith("/unsubscribe?"));
        assertThat(opened.size()).as("links opened").isGreaterThan(50);
        assertThat(snapshot()).as("the database after every GET").isEqualTo(before);
        assertThat(new HttpVisitor().open(site.verificationLink()).body())
                .as("the verification link asks for a button press")
                .contains("<form id=\"verify\"");
    }

    private void forgeFormPosts(
            SoftAssertions soft, Role role, Page page, Page other, String formId, String address) {
        var form = page.form(formId);
        var inputs = HttpVisitor.inputsOf(form);
        if (!inputs.containsKey(VIEW_STATE)) {
            return;
        }
        var stateless = inputs.get(VIEW_STATE).equals("stateless");
        var what = role.name() + " " + address + " form " + formId;
        for (var button : buttons(form)) {
            var missing = new LinkedHashMap<>(inputs);
            missing.remove(VIEW_STATE);
            missing.putAll(button);
            refused(soft, role.visitor().post(page.action(formId), missing, Map.of()), what);
            refused(
                    soft,
                    role.visitor()
                            .post(
                                    page.action(formId),
                                    ajax(missing, formId, button),
                                    Map.of("Faces-Request", "partial/ajax")),
                    what + " (ajax)");

            var foreign = new LinkedHashMap<>(inputs);
            foreign.putAll(button);
            if (stateless) {
                var answer =
                        role.visitor()
                                .post(page.action(formId), foreign, Map.of("Origin", FOREIGN_SITE));
                soft.assertThat(answer.status())
                        .as("%s posted from another site", what)
                        .isEqualTo(403);
                refused(soft, answer, what);
                var fetched =
                        role.visitor()
                                .post(
                                        page.action(formId),
                                        foreign,
                                        Map.of("Sec-Fetch-Site", "cross-site"));
                soft.assertThat(fetched.status())
                        .as("%s fetched from another site", what)
                        .isEqualTo(403);
            } else {
                foreign.put(VIEW_STATE, Html.decode(other.viewState(formId)));
                var answer = role.visitor().post(page.action(formId), foreign, Map.of());
                refused(soft, answer, what + " with a foreign view state");
                soft.assertThat(role.visitor().follow(answer).text())
                        .as("%s with a foreign view state", what)
                        .contains("This page has expired");
                refused(
                        soft,
                        role.visitor()
                                .post(
                                        page.action(formId),
                                        ajax(foreign, formId, button),
                                        Map.of("Faces-Request", "partial/ajax")),
                        what + " (ajax)");
            }
        }
    }

    private static void refused(SoftAssertions soft, Page answer, String what) {
        soft.assertThat(answer.status()).as("status of %s", what).isLessThan(500);
        soft.assertThat(answer.body())
                .as("stack trace in the answer to %s", what)
                .doesNotContain("\tat ", ".java:");
        // PrimeFaces' settings script names the exception its error page is for; the text may not.
        soft.assertThat(Html.text(answer.body()))
                .as("exception shown in the answer to %s", what)
                .doesNotContain("Exception");
    }

    private static Map<String, String> ajax(
            Map<String, String> fields, String formId, Map<String, String> button) {
        var all = new LinkedHashMap<>(fields);
        var source = button.keySet().iterator().next();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", source);
        all.put("jakarta.faces.partial.execute", formId);
        all.put("jakarta.faces.partial.render", formId);
        return all;
    }

    /** Each button of the form, as the name and value a press sends. */
    private static List<Map<String, String>> buttons(String form) {
        var buttons = new ArrayList<Map<String, String>>();
        var seen = new LinkedHashSet<String>();
        var tags = BUTTON.matcher(form);
        while (tags.find()) {
            var name = NAME.matcher(tags.group());
            if (name.find() && seen.add(name.group(1))) {
                var value = VALUE.matcher(tags.group());
                buttons.add(
                        Map.of(
                                name.group(1),
                                value.find() ? Html.decode(value.group(1)) : name.group(1)));
            }
        }
        return buttons;
    }

    /** Every row of every table but the analytics counters, which count the visits themselves. */
    private static String snapshot() throws SQLException, NamingException {
        DataSource database = InitialContext.doLookup("java:app/jdbc/k12");
        var tables = Canary.tablesText(database).split("(?m)^== ");
        var kept = new StringBuilder();
        for (var table : tables) {
            if (!table.toUpperCase().contains("ANALYTICS")) {
                kept.append("== ").append(table);
            }
        }
        return kept.toString();
    }

    /**
     * The site with some of everything in it: a job seeker with a profile and a contact request, an
     * unconfirmed registration, and mailed verification, reset, deletion and unsubscribe links.
     */
    private final class Site {
        private final Person seeker;
        private final Person unverified;
        private final List<String> mailedLinks = new ArrayList<>();
        private final List<Role> anonymous;
        private final Role seekerRole;
        private final Role adminRole;
        private final String accountId;

        Site() {
            seeker = Person.newJobSeeker("Vera Viewstate");
            Onboarding.register(new HttpVisitor(), seeker, Map.of("marketingEmail", "on"));
            Onboarding.confirm(new HttpVisitor(), Onboarding.verificationLinkFor(seeker));
            var visitor = Onboarding.signedIn(seeker);
            visitor.ajax(
                    visitor.get("/account/profile"),
                    "certification",
                    "saveCertification",
                    Map.of("title", "Reading Specialist"));
            var contact = visitor.get("/contact");
            visitor.follow(
                    visitor.submit(
                            contact,
                            "contact",
                            "Send",
                            Map.of("kind", "QUESTION", "message", "Which districts hire?")));
            unverified = Person.newJobSeeker("Uma Unverified");
            Onboarding.register(new HttpVisitor(), unverified);
            var forgetful = new HttpVisitor();
            forgetful.submit(
                    forgetful.get("/forgot-password"),
                    "forgot",
                    "Send reset link",
                    Map.of("email", seeker.email()));
            var anonymousVisitor = new HttpVisitor();
            anonymousVisitor.follow(
                    anonymousVisitor.submit(
                            anonymousVisitor.get("/contact"),
                            "contact",
                            "Send",
                            Map.of(
                                    "kind", "DELETION",
                                    "fullName", "Vera Viewstate",
                                    "email", seeker.email())));
            campaigns.send(
                    new CampaignDraft("News " + UUID.randomUUID(), "Something of our own."),
                    AccountId.newId());
            for (var mail : outbox.recent(0, 500)) {
                if (mail.to().equals(seeker.email()) || mail.to().equals(unverified.email())) {
                    linksIn(mail);
                }
            }
            anonymous = List.of(new Role("anonymous", new HttpVisitor(), new HttpVisitor()));
            seekerRole = new Role("job seeker", visitor, Onboarding.signedIn(seeker));
            var admin = Person.administrator();
            adminRole =
                    new Role(
                            "administrator",
                            Onboarding.signedIn(admin),
                            Onboarding.signedIn(admin));
            var found =
                    adminRole
                            .visitor()
                            .ajax(
                                    adminRole.visitor().get("/staff/accounts"),
                                    "accounts",
                                    "search",
                                    Map.of("prefix", seeker.email()));
            var link = ACCOUNT_LINK.matcher(found.body());
            assertThat(link.find()).isTrue();
            accountId = link.group(1);
        }

        private void linksIn(OutboxEntry mail) {
            var links = MAILED_LINK.matcher(mail.body());
            while (links.find()) {
                mailedLinks.add(links.group(1));
            }
        }

        List<String> mailedLinks() {
            return mailedLinks;
        }

        String verificationLink() {
            return mailedLinks.stream()
                    .filter(l -> l.startsWith("/verify?"))
                    .findFirst()
                    .orElseThrow();
        }

        /** Every page of the WAR, and the pages that need an id or a token to show their forms. */
        Set<String> addresses() throws java.io.IOException {
            var all = new LinkedHashSet<>(SecurityHeadersIT.pagesOfTheWar());
            all.add("/staff/account?id=" + accountId);
            all.add("/staff/consents?id=" + accountId);
            all.add("/privacy/version?number=1");
            all.add("/privacy/compare?from=1&to=1");
            var queue = adminRole.visitor().get("/staff/requests").body();
            var request = Pattern.compile("/staff/request\\?id=[0-9a-f-]+").matcher(queue);
            while (request.find()) {
                all.add(request.group());
            }
            var receipt =
                    Pattern.compile("/account/receipt\\?entry=[0-9a-f-]{36}")
                            .matcher(seekerRole.visitor().get("/account/privacy").body());
            if (receipt.find()) {
                all.add(receipt.group());
            }
            all.addAll(mailedLinks);
            return all;
        }

        /** The roles that reach an address: job seekers their pages, staff theirs, all others. */
        List<Role> rolesFor(String address) {
            if (address.startsWith("/account/password")) {
                return List.of(seekerRole, adminRole);
            }
            if (address.startsWith("/account/")) {
                return List.of(seekerRole);
            }
            if (address.startsWith("/staff/")) {
                return List.of(adminRole);
            }
            var roles = new ArrayList<>(anonymous);
            roles.add(seekerRole);
            roles.add(adminRole);
            return roles;
        }
    }
}
