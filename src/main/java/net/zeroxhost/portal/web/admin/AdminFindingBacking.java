package net.zeroxhost.portal.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import net.zeroxhost.portal.invoice.AttemptFinding;
import net.zeroxhost.portal.invoice.AttemptFindings;
import net.zeroxhost.portal.invoice.InvoiceAttempt;
import net.zeroxhost.portal.invoice.InvoiceQueries;
import net.zeroxhost.portal.invoice.InvoiceState;
import net.zeroxhost.portal.web.CurrentUser;
import net.zeroxhost.portal.web.NotFound;
import net.zeroxhost.portal.web.Texts;

/**
 * The findings part of {@code /admin/invoice?id=…}: what support learned from 0xhost about an
 * attempt whose outcome is unknown, and the form that records one (a Faces POST with the view's
 * state token, then POST-redirect-GET). View-scoped, keeping only the attempt's id, so that the
 * postback knows the form before it reads it.
 */
@Named
@ViewScoped
public class AdminFindingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttemptFindings findings;

    @Inject
    InvoiceQueries queries;

    @Inject
    CurrentUser currentUser;

    private String attemptId;
    private String done;
    private transient InvoiceAttempt attempt;
    private String finding;
    private String trackId;
    private String note;

    public InvoiceAttempt getAttempt() {
        if (attempt == null && attemptId != null) {
            attempt = queries.findAny(attemptId).orElse(null);
        }
        return attempt;
    }

    /** Whether a finding may be recorded: the stored outcome is UNKNOWN. */
    public boolean isOpen() {
        return getAttempt() != null && getAttempt().getStoredState() == InvoiceState.UNKNOWN;
    }

    public List<AttemptFinding> getFindings() {
        return getAttempt() == null ? List.of() : findings.of(attemptId);
    }

    public List<String> getChoices() {
        return List.of(AttemptFinding.Finding.CREATED.name(), AttemptFinding.Finding.NOT_CREATED.name(),
                AttemptFinding.Finding.OTHER.name());
    }

    public String record() {
        AttemptFinding.Finding chosen = getChoices().contains(finding) ? AttemptFinding.Finding.valueOf(finding) : null;
        try {
            findings.record(currentUser.admin(), attemptId, chosen, trackId, note);
        } catch (AttemptFindings.RefusedException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (e.refusal() == AttemptFindings.Refusal.NO_SUCH_ATTEMPT) {
                NotFound.send(faces);
                return null;
            }
            faces.addMessage("finding:note", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("finding.refused." + e.refusal().name()), null));
            return null;
        }
        return "/admin/invoice?faces-redirect=true&id=" + attemptId + "&done=finding";
    }

    public boolean isRecorded() {
        return "finding".equals(done);
    }

    public String getAttemptId() { return attemptId; }
    public void setAttemptId(String attemptId) { this.attemptId = attemptId; }
    public String getDone() { return done; }
    public void setDone(String done) { this.done = done; }
    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
    public String getTrackId() { return trackId; }
    public void setTrackId(String trackId) { this.trackId = trackId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
