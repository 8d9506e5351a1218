package org.k12jobspot.web.backup;

/** A backup that was not taken, or did not pass its check; nothing of it is kept. */
public class BackupFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }

    public BackupFailed(String message) {
        super(message);
    }
}
