package net.zeroxhost.portal.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on a thread each, all released at one moment once every thread is ready, and
 * returns their results in order: the race of the concurrency and outage tests. In the container
 * pass the server's ManagedThreadFactory, so that each task has the container's context. Uses the
 * JDK only, so that tests deployed into the server can use it.
 */
public final class AtOnce {

    private AtOnce() {
    }

    public static <T> List<T> call(List<? extends Callable<T>> tasks, Duration timeout) throws Exception {
        return call(Executors.defaultThreadFactory(), tasks, timeout);
    }

    public static <T> List<T> call(ThreadFactory threads, List<? extends Callable<T>> tasks, Duration timeout)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), threads);
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the threads did not all start");
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
