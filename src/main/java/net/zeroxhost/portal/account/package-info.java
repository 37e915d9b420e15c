/**
 * Customers and admins: accounts, roles, sign-up, PBKDF2 password hashing, the Jakarta Security
 * configuration that logs them in, and what admins do to accounts (each change logged). Depends on
 * {@code id}, {@code platform}, {@code admin} and the {@code oxhost} port.
 */
package net.zeroxhost.portal.account;
