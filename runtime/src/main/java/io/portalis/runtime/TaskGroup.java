package io.portalis.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Structured concurrency as Python 3.11's {@code asyncio.TaskGroup}; open one with {@link Asyncio#taskGroup}.
 *
 * <p>The scope waits for every task created in it. The first task to fail cancels the others and the body (the
 * parent task); when all have finished, the scope throws an {@link ExceptionGroup} with every error of the tasks
 * (and of the body). A cancellation of the parent from outside cancels the tasks and propagates as
 * {@link CancelledError} once they have finished. A {@link VirtualMachineError} of a task is rethrown as it is.
 */
public final class TaskGroup {

    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private EventLoop loop;
    private Task<?> parentTask;
    private boolean parentCancelRequested;
    private final Set<Task<?>> tasks = new LinkedHashSet<>();
    private List<Throwable> errors = new ArrayList<>();
    private Throwable baseError;
    private Future<Boolean> onCompletedFut;
    private final Consumer<Future<?>> onTaskDone = f -> onTaskDone((Task<?>) f);

    TaskGroup() {
    }

    /** Creates a task in the group (named {@code Task-N}); see {@link #createTask(Coroutine, String)}. */
    public <T> Task<T> createTask(Coroutine<T> coroutine) {
        return createTask(coroutine, null);
    }

    /**
     * Creates a task in the group; the group's scope waits for it.
     *
     * @throws IllegalStateException if the group's scope has not started, has finished, or is shutting down
     *     after a failure
     */
    public <T> Task<T> createTask(Coroutine<T> coroutine, String name) {
        if (!entered) {
            throw new IllegalStateException("TaskGroup " + this + " has not been entered");
        }
        if (exiting && tasks.isEmpty()) {
            throw new IllegalStateException("TaskGroup " + this + " is finished");
        }
        if (aborting) {
            throw new IllegalStateException("TaskGroup " + this + " is shutting down");
        }
        Task<T> task = loop.createTask(coroutine, name);
        Combinators.addCallback(task, onTaskDone);
        tasks.add(task);
        return task;
    }

    <T> T run(ScopeBody<TaskGroup, T> body) {
        enter();
        T result;
        try {
            result = body.run(this);
        } catch (Throwable e) {
            exit(e);
            throw Future.sneaky(e);
        }
        exit(null);
        return result;
    }

    private void enter() {
        if (entered) {
            throw new IllegalStateException("TaskGroup " + this + " has been already entered");
        }
        entered = true;
        loop = EventLoop.running();
        parentTask = loop.currentTask();
        if (parentTask == null) {
            throw new IllegalStateException("TaskGroup " + this + " cannot determine the parent task");
        }
    }

    /** The scope's exit: waits for the tasks, then throws what the group raises (returns if nothing). */
    private void exit(Throwable exc) {
        exiting = true;
        if (exc != null && isBaseError(exc) && baseError == null) {
            baseError = exc;
        }
        Throwable propagateCancellation = exc instanceof CancelledError ? exc : null;
        if (parentCancelRequested && parentTask.uncancel() == 0) {
            // This group asked for the parent's cancellation and no one else did: do not propagate it.
            propagateCancellation = null;
        }
        if (exc != null && !aborting) {
            // The body failed or the parent is being cancelled: stop the tasks.
            abort();
        }
        // A loop, because the parent may be cancelled again while it waits (or is already being cancelled).
        while (!tasks.isEmpty()) {
            if (onCompletedFut == null) {
                onCompletedFut = loop.createFuture();
            }
            try {
                onCompletedFut.await();
            } catch (CancelledError e) {
                if (!aborting) {
                    // The parent is being cancelled while waiting for the tasks.
                    propagateCancellation = e;
                    abort();
                }
            }
            onCompletedFut = null;
        }
        if (baseError != null) {
            throw Future.sneaky(baseError);
        }
        // A cancellation propagates unless there are other errors: those have priority.
        if (propagateCancellation != null && errors.isEmpty()) {
            throw Future.sneaky(propagateCancellation);
        }
        if (exc != null && !(exc instanceof CancelledError)) {
            errors.add(exc);
        }
        if (!errors.isEmpty()) {
            List<Throwable> all = errors;
            errors = null;
            throw new ExceptionGroup("unhandled errors in a TaskGroup", all);
        }
    }

    private static boolean isBaseError(Throwable exc) {
        return exc instanceof VirtualMachineError;
    }

    private void abort() {
        aborting = true;
        for (Task<?> t : tasks) {
            if (!t.done()) {
                t.cancel();
            }
        }
    }

    private void onTaskDone(Task<?> task) {
        tasks.remove(task);
        if (onCompletedFut != null && tasks.isEmpty() && !onCompletedFut.done()) {
            onCompletedFut.setResult(true);
        }
        if (task.cancelled()) {
            return;
        }
        Throwable exc = task.exception();
        if (exc == null) {
            return;
        }
        errors.add(exc);
        if (isBaseError(exc) && baseError == null) {
            baseError = exc;
        }
        if (parentTask.done()) {
            loop.callExceptionHandler(Map.of(
                    "message", "Task " + task + " has errored out but its parent task " + parentTask
                            + " is already completed",
                    "exception", exc,
                    "task", task));
            return;
        }
        if (!aborting && !parentCancelRequested) {
            // Cancel the parent to interrupt whatever the body awaits now; exit() withdraws this request later.
            abort();
            parentCancelRequested = true;
            parentTask.cancel();
        }
    }

    @Override
    public String toString() {
        return "<TaskGroup" + (tasks.isEmpty() ? "" : " tasks=" + tasks.size()) + (entered ? " entered" : "") + ">";
    }
}
