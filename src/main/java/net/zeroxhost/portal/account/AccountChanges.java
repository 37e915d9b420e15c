package net.zeroxhost.portal.account;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import net.zeroxhost.portal.platform.CacheForgetting;

/**
 * Makes {@link RecentAccounts} forget what it read when an account is written (disabled, enabled,
 * activated, signed up), whoever writes it, at the write and after its transaction: so on this node
 * a disabled account's next request is refused at once. Looked up through {@link CDI}, as JPA
 * creates the listener.
 */
public class AccountChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Account account) {
        RecentAccounts recent = CDI.current().select(RecentAccounts.class).get();
        CacheForgetting.nowAndAfterTheTransaction(recent::forget);
    }
}
