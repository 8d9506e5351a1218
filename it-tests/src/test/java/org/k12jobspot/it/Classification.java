package org.k12jobspot.it;

import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.k12jobspot.accounts.api.PersonalData;

/**
 * Compares the columns the product has (in the database, in its entities) with the personal-data
 * registry, and lists every column that no module classifies, or more than one does.
 */
final class Classification {

    private static final Set<String> LIQUIBASE =
            Set.of("databasechangelog", "databasechangeloglock");

    private Classification() {}

    /** "table.column" of every column of every table in the connection's schema. */
    static Set<String> databaseColumns(Connection connection) throws SQLException {
        var columns = new TreeSet<String>();
        var meta = connection.getMetaData();
        try (var rows = meta.getColumns(null, connection.getSchema(), "%", "%")) {
            while (rows.next()) {
                var table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!LIQUIBASE.contains(table)) {
                    columns.add(
                            table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /** "table.column" of every persistent field of the entity classes. */
    static Set<String> entityColumns(Collection<Class<?>> entities) {
        var columns = new TreeSet<String>();
        for (var entity : entities) {
            var table = entity.getAnnotation(Table.class);
            var tableName = table == null ? entity.getSimpleName() : table.name();
            for (var type = entity; type != Object.class; type = type.getSuperclass()) {
                for (var field : type.getDeclaredFields()) {
                    var modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers)
                            || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                        continue;
                    }
                    var column = field.getAnnotation(Column.class);
                    var name =
                            column == null || column.name().isEmpty()
                                    ? field.getName()
                                    : column.name();
                    columns.add((tableName + "." + name).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /** How many modules classify each "table.column". */
    static Map<String, List<String>> classifiers(Iterable<PersonalData> registry) {
        var byColumn = new HashMap<String, List<String>>();
        for (var module : registry) {
            for (var table : module.tables()) {
                for (var column : table.columns().keySet()) {
                    byColumn.computeIfAbsent(table.table() + "." + column, c -> new ArrayList<>())
                            .add(module.module());
                }
            }
        }
        return byColumn;
    }

    /** The columns not classified by exactly one module, each with the modules that do. */
    static Map<String, List<String>> problems(
            Set<String> columns, Map<String, List<String>> classifiers) {
        var problems = new java.util.TreeMap<String, List<String>>();
        for (var column : columns) {
            var by = classifiers.getOrDefault(column, List.of());
            if (by.size() != 1) {
                problems.put(column, by);
            }
        }
        return problems;
    }
}
