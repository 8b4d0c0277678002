//! Fair scheduling of checks. A check is CPU-bound, so what matters is who
//! gets a core. Two lanes share the machine:
//!
//! - **short** texts (up to [`Budget::short_bytes`], a long article is
//!   ~30 KB) take milliseconds; they have a slot per core, so they always
//!   find one soon;
//! - **long** texts (pasted archives, up to the 2 MiB body limit) take up to
//!   seconds; they get one slot fewer than there are cores (at least one),
//!   so at least one core's worth of time is left for short checks however
//!   many long ones arrive.
//!
//! Each lane has a bounded queue: a request that finds it full, or waits
//! longer than [`Budget::queue_wait`], gets 503 with `Retry-After` at once
//! instead of piling up. A running check has a time budget
//! ([`Budget::check_time`]), checked between the pieces the checker splits
//! a long text into ([`offside_check::chunks`]); past it the request gets
//! 503 too.

use crate::ApiError;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The limits a server runs checks under.
#[derive(Clone, Debug)]
pub struct Budget {
    /// Texts up to this many bytes go in the short lane.
    pub short_bytes: usize,
    /// Checks of short texts that run at once.
    pub short_slots: usize,
    /// Checks of long texts that run at once.
    pub long_slots: usize,
    /// Requests that may wait for a slot, per lane.
    pub short_queue: usize,
    pub long_queue: usize,
    /// How long a request may wait for a slot before it gets 503.
    pub queue_wait: Duration,
    /// How long one check may run (checked between pieces of a long text).
    pub check_time: Duration,
}

impl Budget {
    /// Sized to this machine's cores.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Budget {
            short_bytes: 64 * 1024,
            short_slots: cores,
            long_slots: cores.saturating_sub(1).max(1),
            short_queue: 256,
            long_queue: 2 * cores,
            queue_wait: Duration::from_secs(10),
            check_time: Duration::from_secs(20),
        }
    }
}

/// One lane: slots, and a count of who waits for one.
pub(crate) struct Lane {
    name: &'static str,
    slots: Arc<Semaphore>,
    waiting: AtomicUsize,
    max_waiting: usize,
}

impl Lane {
    pub(crate) fn new(name: &'static str, slots: usize, max_waiting: usize) -> Self {
        Lane {
            name,
            slots: Arc::new(Semaphore::new(slots.max(1))),
            waiting: AtomicUsize::new(0),
            max_waiting,
        }
    }

    /// A slot, or 503 with Retry-After when the queue is full or the wait
    /// runs past `wait`.
    pub(crate) async fn acquire(&self, wait: Duration) -> Result<OwnedSemaphorePermit, ApiError> {
        if let Ok(p) = self.slots.clone().try_acquire_owned() {
            return Ok(p);
        }
        let before = self.waiting.fetch_add(1, Ordering::SeqCst);
        let _leave = Leave(&self.waiting);
        if before >= self.max_waiting {
            return Err(ApiError::busy(
                format!(
                    "the server is busy: {before} {} checks already wait for a slot",
                    self.name
                ),
                retry_after(wait),
            ));
        }
        match tokio::time::timeout(wait, self.slots.clone().acquire_owned()).await {
            Ok(Ok(p)) => Ok(p),
            Ok(Err(_)) => Err(ApiError::internal("the server is shutting down")),
            Err(_) => Err(ApiError::busy(
                format!(
                    "the server is busy: no slot for a {} check within {} s",
                    self.name,
                    wait.as_secs()
                ),
                retry_after(wait),
            )),
        }
    }
}

/// Seconds a client should wait before trying again: a queue's wait is
/// about how long the work ahead of it takes.
fn retry_after(wait: Duration) -> u64 {
    wait.as_secs().clamp(1, 60)
}

struct Leave<'a>(&'a AtomicUsize);

impl Drop for Leave<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}
