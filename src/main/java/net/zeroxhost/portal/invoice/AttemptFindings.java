package net.zeroxhost.portal.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import net.zeroxhost.portal.admin.Admin;
import net.zeroxhost.portal.admin.AdminAction;
import net.zeroxhost.portal.admin.AdminActionLog;
import net.zeroxhost.portal.id.Ids;

/**
 * Support's findings on attempts whose outcome is UNKNOWN: an explicit admin action, logged,
 * that adds to the record and changes nothing in it.
 */
@ApplicationScoped
public class AttemptFindings {

    static final int NOTE_MAX = 1_000;
    private static final Pattern TRACK_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    /** Control characters other than line breaks, which a note may have. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n]]");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminActionLog log;

    @Inject
    private Clock clock;

    /** Why a finding was not recorded. */
    public enum Refusal {
        NO_SUCH_ATTEMPT, NOT_UNKNOWN, NO_FINDING, BAD_TRACK_ID, TRACK_ID_NEEDED, BAD_NOTE
    }

    public static final class RefusedException extends Exception {

        private final Refusal refusal;

        public RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * Records a finding on an attempt whose stored outcome is UNKNOWN. "Created" needs the track id
     * 0xhost gave, so the invoice can be found again; the note says what was learned, and from whom.
     */
    @Transactional
    public AttemptFinding record(Admin admin, String attemptId, AttemptFinding.Finding finding, String trackId, String note)
            throws RefusedException {
        if (finding == null) {
            throw new RefusedException(Refusal.NO_FINDING);
        }
        String track = trackId == null || trackId.isBlank() ? null : trackId.strip();
        if (track != null && !TRACK_ID.matcher(track).matches()) {
            throw new RefusedException(Refusal.BAD_TRACK_ID);
        }
        if (finding == AttemptFinding.Finding.CREATED && track == null) {
            throw new RefusedException(Refusal.TRACK_ID_NEEDED);
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > NOTE_MAX || CONTROL.matcher(text).find()) {
            throw new RefusedException(Refusal.BAD_NOTE);
        }
        // Locked: the sweep or a late answer must not turn the attempt while the finding is written.
        InvoiceAttempt attempt = Ids.isWellFormed(attemptId)
                ? em.find(InvoiceAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE) : null;
        if (attempt == null) {
            throw new RefusedException(Refusal.NO_SUCH_ATTEMPT);
        }
        if (attempt.getStoredState() != InvoiceState.UNKNOWN) {
            throw new RefusedException(Refusal.NOT_UNKNOWN);
        }
        AttemptFinding entry = new AttemptFinding(attempt.getId(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                admin, finding, track, text);
        em.persist(entry);
        log.record(admin, AdminAction.Target.ATTEMPT, attempt.getId(),
                attempt.getAccount().getEmail() + " · " + attempt.getPlanName(), "RECORD_FINDING", "UNKNOWN", entry.describe());
        return entry;
    }

    /** The findings on an attempt, oldest first. */
    public List<AttemptFinding> of(String attemptId) {
        return em.createQuery("select f from AttemptFinding f where f.attemptId = :id order by f.notedAt, f.id", AttemptFinding.class)
                .setParameter("id", attemptId).getResultList();
    }
}
