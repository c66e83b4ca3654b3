package org.centrala.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

public class ServiceSlotTest {
    @Test
    public void aBoundServiceIsThereAtOnce() {
        ServiceSlot<String> slot = new ServiceSlot<>("Licensing", Duration.ofSeconds(5));
        slot.bind("v1");
        assertThat(slot.get()).isEqualTo("v1");
        assertThat(slot.now()).contains("v1");
    }

    @Test
    public void aCallerWaitsForTheNextProviderWhileOneIsSwapped() throws Exception {
        ServiceSlot<String> slot = new ServiceSlot<>("Licensing", Duration.ofSeconds(10));
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<String> caller = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            return slot.get();
        });
        assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(caller).isNotDone();
        slot.bind("v2");
        assertThat(caller.get(5, TimeUnit.SECONDS)).isEqualTo("v2");
    }

    @Test
    public void noProviderWithinThePatienceIsUnavailableWithRetryAfter() {
        ServiceSlot<String> slot = new ServiceSlot<>("Licensing", Duration.ofMillis(50));
        assertThatThrownBy(slot::get).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("Licensing")
                .satisfies(e -> assertThat(((UnavailableException) e).retryAfterSeconds()).isEqualTo(1));
    }

    @Test
    public void unbindingAServiceThatAGreedyRebindReplacedKeepsTheNewOne() {
        ServiceSlot<String> slot = new ServiceSlot<>("Licensing", Duration.ofMillis(50));
        slot.bind("old");
        slot.bind("new");
        slot.unbind("old");
        assertThat(slot.get()).isEqualTo("new");
        slot.unbind("new");
        assertThat(slot.now()).isEmpty();
    }

    interface Greeter {
        String greet(String name);
    }

    @Test
    public void theProxyCallsWhicheverProviderIsBoundAndPassesItsExceptionsOn() {
        ServiceSlot<Greeter> slot = new ServiceSlot<>("Greeting", Duration.ofMillis(50));
        Greeter greeter = slot.proxy(Greeter.class);
        Greeter first = name -> "hello " + name;
        slot.bind(first);
        assertThat(greeter.greet("Ana")).isEqualTo("hello Ana");

        slot.unbind(first);
        assertThatThrownBy(() -> greeter.greet("Ana")).as("no provider within the patience").isInstanceOf(UnavailableException.class);

        slot.bind(name -> {
            throw new NotFoundException("Person", name);
        });
        assertThatThrownBy(() -> greeter.greet("Ben")).as("the provider's own exception, not a wrapper")
                .isInstanceOf(NotFoundException.class);
        assertThat(greeter).isEqualTo(greeter).isNotEqualTo(first);
    }
}
