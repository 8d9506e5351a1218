package org.k12jobspot.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import org.k12jobspot.accounts.api.AccountId;
import org.k12jobspot.accounts.api.Exports;
import org.k12jobspot.accounts.api.PersonalTable;

/**
 * Writes the export from the registry alone: for each module, each table about accounts becomes an
 * array of row objects named by its plural words, followed by the module's own documents.
 */
@ApplicationScoped
@Transactional
public class RegistryExport implements Exports {

    private static final System.Logger LOG = System.getLogger(RegistryExport.class.getName());

    @Inject Registry registry;
    @Inject AccountsClock clock;

    @Override
    public String export(AccountId account) {
        var document =
                Json.createObjectBuilder()
                        .add("account", account.toString())
                        .add("exportedAt", clock.now().toString())
                        .add(
                                "about",
                                "Everything K12JobSpot holds about this account, by module."
                                        + " Password and link secrets are stored only as hashes"
                                        + " and left out; the secret part of links in mails is"
                                        + " hidden.");
        for (var module : registry.modules()) {
            var section = Json.createObjectBuilder();
            for (var table : module.tables()) {
                if (table.aboutAccounts()) {
                    section.add(table.plural(), rows(table, account));
                }
            }
            for (var documents : module.exportDocuments(account).entrySet()) {
                section.add(documents.getKey(), parsed(documents));
            }
            document.add(module.module(), section);
        }

        var text = new StringWriter();
        Json.createWriter(text).write(document.build());
        LOG.log(System.Logger.Level.INFO, "Account {0} exported", account);
        return text.toString();
    }

    private JsonArrayBuilder rows(PersonalTable table, AccountId account) {
        var columns = table.exportedColumns();
        var array = Json.createArrayBuilder();
        for (var row : registry.exportedRows(table, account)) {
            var object = Json.createObjectBuilder();
            for (int i = 0; i < columns.size(); i++) {
                add(object, columns.get(i), row[i]);
            }
            array.add(object);
        }
        return array;
    }

    private static JsonArrayBuilder parsed(Map.Entry<String, java.util.List<String>> documents) {
        var array = Json.createArrayBuilder();
        for (var json : documents.getValue()) {
            try (var reader = Json.createReader(new StringReader(json))) {
                array.add(reader.readValue());
            }
        }
        return array;
    }

    static void add(JsonObjectBuilder object, String name, Object value) {
        switch (value) {
            case null -> object.addNull(name);
            case Boolean b -> object.add(name, b);
            case Integer i -> object.add(name, i);
            case Long l -> object.add(name, l);
            case Short s -> object.add(name, s);
            case BigDecimal d -> object.add(name, d);
            case Timestamp t -> object.add(name, t.toInstant().toString());
            case Clob clob -> object.add(name, withoutLinkSecrets(text(clob)));
            default -> object.add(name, withoutLinkSecrets(value.toString()));
        }
    }

    /**
     * Mails keep the links they carried, and a copy of a still-valid reset or deletion link must
     * not leave the site in a download: the export hides link secrets as the outbox does.
     */
    private static String withoutLinkSecrets(String text) {
        return QueuedMail.withoutLinkSecrets(text, "(hidden)");
    }

    private static String text(Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (SQLException e) {
            throw new IllegalStateException("Unreadable text column", e);
        }
    }
}
