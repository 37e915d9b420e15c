/**
 * The log of admin actions: who changed which account, plan or attempt, when, from what to what.
 * Each change writes its entry in its own transaction, so the log holds exactly the changes that
 * were made. Depends on {@code id} and {@code platform} only; the services that change things call it.
 */
package net.zeroxhost.portal.admin;
