/**
 * Customers and admins: accounts, roles, sign-up, PBKDF2 password hashing and the Jakarta Security
 * configuration that logs them in. Depends on {@code id}, {@code platform} and the {@code oxhost} port.
 */
package net.zeroxhost.portal.account;
