package org.k12jobspot.web.staff;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.k12jobspot.accounts.api.CandidacyProfile;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Employers;
import org.k12jobspot.consent.api.ReleasedProfiles;

/**
 * The profiles an employer may receive today, as the JSON file staff hand to it or load into its
 * applicant-tracking system. Every profile in it passed the disclosure gate.
 */
@WebServlet("/staff/released-profiles.json")
public class ReleasedProfilesDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject transient ReleasedProfiles released;
    @Inject transient Employers employers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        EmployerId employer;
        try {
            employer = EmployerId.parse(String.valueOf(request.getParameter("employer")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (employers.find(employer).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        var profiles = Json.createArrayBuilder();
        released.releasedTo(employer).forEach(p -> profiles.add(json(p)));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"released-profiles-" + employer + ".json\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (var writer = Json.createWriter(response.getWriter())) {
            writer.writeObject(
                    Json.createObjectBuilder()
                            .add("employer", employer.toString())
                            .add("profiles", profiles)
                            .build());
        }
    }

    private static JsonObjectBuilder json(CandidacyProfile profile) {
        var contact = profile.contact();
        var certifications = Json.createArrayBuilder();
        profile.certifications()
                .forEach(
                        c -> {
                            var cert = Json.createObjectBuilder();
                            put(cert, "title", c.title());
                            put(cert, "issuer", c.issuer());
                            put(cert, "number", c.number());
                            put(
                                    cert,
                                    "validUntil",
                                    c.validUntil() == null ? null : c.validUntil().toString());
                            certifications.add(cert);
                        });
        var degrees = Json.createArrayBuilder();
        profile.degrees()
                .forEach(
                        d -> {
                            var degree = Json.createObjectBuilder();
                            put(degree, "level", d.level() == null ? null : d.level().name());
                            put(degree, "field", d.field());
                            put(degree, "institution", d.institution());
                            put(degree, "year", d.year() == null ? null : d.year().toString());
                            degrees.add(degree);
                        });
        var json = Json.createObjectBuilder();
        put(json, "fullName", profile.fullName());
        put(json, "email", profile.email());
        put(json, "streetAddress", contact.streetAddress());
        put(json, "city", contact.city());
        put(json, "state", contact.region());
        put(json, "postalCode", contact.postalCode());
        put(json, "phone", contact.phone());
        put(json, "summary", contact.summary());
        return json.add("certifications", certifications).add("degrees", degrees);
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
