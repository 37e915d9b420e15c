package net.zeroxhost.portal.invoice;

/** The portal will not ask 0xhost for this invoice; {@link #why()} says which rule said no. */
public class InvoiceRefusedException extends Exception {

    public enum Why {
        /** The caller's account does not exist (deleted while logged in). */
        NO_ACCOUNT,
        /** The plan does not exist or is no longer sold. */
        NO_PLAN,
        /** The account has no 0xhost user yet: an admin must activate it. */
        NOT_ACTIVATED,
        /**
         * An admin disabled the account. Its sessions end at their next request, but another node
         * may know only after its account cache expires: the decision is the database's.
         */
        DISABLED,
        /** The form's key belongs to another account's attempt: a forged request. */
        ANOTHER_ACCOUNTS_FORM,
        /** The form's key was minted for another plan: a forged or tampered request. */
        ANOTHER_PLANS_FORM,
        /**
         * 0xhost is failing, so the attempt was recorded as FAILED and nothing was sent; the
         * customer may try again in a minute.
         */
        PAYMENTS_PAUSED
    }

    private final Why why;

    public InvoiceRefusedException(Why why) {
        super(why.name());
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
