package org.k12jobspot.web.account;

import java.io.Serializable;
import org.k12jobspot.accounts.api.Degree;
import org.k12jobspot.accounts.api.DegreeDraft;
import org.k12jobspot.accounts.api.DegreeLevel;

/** The degree form: empty to add one, filled to edit one. */
public class DegreeForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private DegreeLevel level;
    private String field;
    private String institution;
    private Integer year;

    public static DegreeForm of(Degree d) {
        var form = new DegreeForm();
        form.id = d.id();
        form.level = d.level();
        form.field = d.field();
        form.institution = d.institution();
        form.year = d.year();
        return form;
    }

    public DegreeDraft draft() {
        return new DegreeDraft(level, field, institution, year);
    }

    public String id() {
        return id;
    }

    /** Turns an edit of an entry that no longer exists into a new entry with the same values. */
    void forgetOriginal() {
        id = null;
    }

    public boolean isEditing() {
        return id != null;
    }

    public DegreeLevel getLevel() {
        return level;
    }

    public void setLevel(DegreeLevel level) {
        this.level = level;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
