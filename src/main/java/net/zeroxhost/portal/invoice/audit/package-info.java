/**
 * The admins' audit of every invoice attempt: the filters an auditor asks by, pages read by keyset
 * (each page costs the same however deep it lies), a count that stops where counting gets slow,
 * and the CSV export of exactly the filtered set, in batches, in constant memory. Reads only; it
 * depends on {@code invoice} for the states and on the schema the migrations build.
 */
package net.zeroxhost.portal.invoice.audit;
