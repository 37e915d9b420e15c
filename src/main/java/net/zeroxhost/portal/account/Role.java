package net.zeroxhost.portal.account;

/** The portal's roles; their names are the groups the identity store hands to Jakarta Security. */
public enum Role {
    CUSTOMER,
    ADMIN;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String ADMIN_NAME = "ADMIN";
}
