/**
 * Chooses the one gateway of a deployment from MicroProfile Config: the real 0xhost with an API
 * key, the sandbox without. The key is read here and handed only to the REST gateway. Depends on
 * the other {@code oxhost} packages only.
 */
package net.zeroxhost.portal.oxhost.setup;
