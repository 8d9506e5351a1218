package org.k12jobspot.consent.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.k12jobspot.accounts.api.InputRejected;
import org.k12jobspot.consent.api.Employer;
import org.k12jobspot.consent.api.EmployerDraft;
import org.k12jobspot.consent.api.EmployerId;
import org.k12jobspot.consent.api.Employers;

/** The employer register as staff keep it. */
@ApplicationScoped
@Transactional
public class EmployerRegister implements Employers {

    private static final System.Logger LOG = System.getLogger(EmployerRegister.class.getName());
    static final int MAX_NAME = 200;

    /** Characters that hide or reorder text, which could disguise which employer is named. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}\\u200B\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029\\uFEFF]");

    @PersistenceContext(unitName = "consent")
    private EntityManager em;

    @Inject ConsentClock clock;

    @Override
    public List<Employer> all() {
        return em.createQuery(
                        "select e from EmployerRecord e order by e.nameKey", EmployerRecord.class)
                .getResultStream()
                .map(EmployerRecord::employer)
                .toList();
    }

    @Override
    public List<Employer> active() {
        var today = clock.today();
        return all().stream().filter(e -> e.activeOn(today)).toList();
    }

    @Override
    public Optional<Employer> find(EmployerId id) {
        return record(id).map(EmployerRecord::employer);
    }

    @Override
    public EmployerId add(EmployerDraft draft) {
        check(draft, Optional.empty());

        var id = EmployerId.newId();
        em.persist(new EmployerRecord(id, draft, clock.now()));
        LOG.log(System.Logger.Level.INFO, "Employer {0} added to the register", id);
        return id;
    }

    @Override
    public void change(EmployerId id, EmployerDraft draft) {
        var record =
                record(id)
                        .orElseThrow(
                                () ->
                                        InputRejected.of(
                                                "name",
                                                "This employer is no longer in the register."));
        check(draft, Optional.of(id));

        record.change(draft);
        LOG.log(System.Logger.Level.INFO, "Employer {0} changed", id);
    }

    private Optional<EmployerRecord> record(EmployerId id) {
        return Optional.ofNullable(em.find(EmployerRecord.class, id.toString()));
    }

    private void check(EmployerDraft draft, Optional<EmployerId> self) {
        var problems = new HashMap<String, String>();
        var name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.put("name", "Enter the employer's name.");
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.put("name", "Keep the name within " + MAX_NAME + " characters.");
        } else if (INVISIBLE.matcher(name).find()) {
            problems.put("name", "The name must be on one line, without control characters.");
        } else if (nameTaken(name, self)) {
            problems.put("name", "An employer with this name is already in the register.");
        }
        if (draft.kind() == null) {
            problems.put("kind", "Choose the kind of employer.");
        }
        if (draft.agreementStart() == null) {
            problems.put("agreementStart", "Enter the date the agreement starts.");
        } else if (draft.agreementEnd() != null
                && draft.agreementEnd().isBefore(draft.agreementStart())) {
            problems.put("agreementEnd", "The agreement cannot end before it starts.");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    private boolean nameTaken(String name, Optional<EmployerId> self) {
        return em.createQuery(
                        "select e.id from EmployerRecord e where e.nameKey = :key", String.class)
                .setParameter("key", EmployerRecord.nameKey(name))
                .getResultStream()
                .anyMatch(id -> self.map(s -> !s.toString().equals(id)).orElse(true));
    }
}
