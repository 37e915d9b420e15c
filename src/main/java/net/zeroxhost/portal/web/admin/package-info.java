/** Backing beans of the admin pages under {@code /admin/}. */
package net.zeroxhost.portal.web.admin;
