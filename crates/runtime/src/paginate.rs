//! Paging through list operations that take `limit` and `offset`.

use std::future::Future;

use futures::stream::{self, Stream, StreamExt};

use crate::error::Error;

/// One page of a list operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// The total number of items across all pages, when the API reports it.
    pub total_count: Option<u64>,
}

impl<T> Page<T> {
    pub fn new(items: Vec<T>, total_count: Option<u64>) -> Self {
        Page { items, total_count }
    }
}

impl<T> From<Vec<T>> for Page<T> {
    fn from(items: Vec<T>) -> Self {
        Page { items, total_count: None }
    }
}

/// The items of a list operation, as generated clients return them from `stream()`:
/// boxed so that it is `Unpin` (call `next`/`try_next` directly) and nameable.
pub type ItemStream<T, E> = std::pin::Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send>>;

/// Streams every item of a list operation, fetching pages lazily: `fetch(offset, limit)` is
/// called for the next page only once the items of the previous one have been consumed.
///
/// Paging stops after an empty page; when the API reports a `total_count`, once that many
/// items were seen; otherwise after a page shorter than `limit`. An error is yielded once
/// and ends the stream. A `limit` of 0 is taken as 1.
///
/// The stream is not `Unpin`: pin it (`futures::pin_mut!`, `Box::pin`) before calling `next`.
///
/// ```
/// use futures::TryStreamExt;
/// use sdkgen_runtime::{paginate, Error, Page};
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// // A list endpoint over 0..5 that reports its total.
/// let fetch = |offset: u64, limit: u64| async move {
///     let items: Vec<u64> = (offset..5.min(offset + limit)).collect();
///     Ok::<_, Error<()>>(Page::new(items, Some(5)))
/// };
/// let all: Vec<u64> = paginate(2, fetch).try_collect().await?;
/// assert_eq!(all, [0, 1, 2, 3, 4]);
/// # Ok::<_, Error<()>>(())
/// # }).unwrap();
/// ```
pub fn paginate<T, E, F, Fut>(limit: u64, fetch: F) -> impl Stream<Item = Result<T, Error<E>>>
where
    F: FnMut(u64, u64) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error<E>>>,
{
    struct State<F> {
        fetch: F,
        offset: u64,
        done: bool,
    }
    let limit = limit.max(1);
    let start = State { fetch, offset: 0, done: false };
    stream::unfold(start, move |mut state| async move {
        if state.done {
            return None;
        }
        match (state.fetch)(state.offset, limit).await {
            Err(e) => {
                state.done = true;
                Some((vec![Err(e)], state))
            }
            Ok(page) => {
                let n = page.items.len() as u64;
                state.offset = state.offset.saturating_add(n);
                state.done = n == 0
                    || match page.total_count {
                        Some(total) => state.offset >= total,
                        // A server may cap `limit` lower than asked; without a total a short page is the end.
                        None => n < limit,
                    };
                Some((page.items.into_iter().map(Ok).collect::<Vec<_>>(), state))
            }
        }
    })
    .flat_map(stream::iter)
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use futures::{pin_mut, StreamExt, TryStreamExt};

    use super::*;

    type Calls = Arc<Mutex<Vec<(u64, u64)>>>;

    /// A fake list endpoint over `0..len`, recording its calls.
    fn endpoint(len: u64, with_total: bool, calls: Calls) -> impl FnMut(u64, u64) -> std::future::Ready<Result<Page<u64>, Error<()>>> {
        move |offset, limit| {
            calls.lock().unwrap().push((offset, limit));
            let items: Vec<u64> = (offset..len.min(offset + limit)).collect();
            std::future::ready(Ok(Page::new(items, with_total.then_some(len))))
        }
    }

    #[tokio::test]
    async fn fetches_until_total_count() {
        let calls = Calls::default();
        let all: Vec<u64> = paginate(10, endpoint(25, true, calls.clone())).try_collect().await.unwrap();
        assert_eq!(all, (0..25).collect::<Vec<_>>());
        assert_eq!(*calls.lock().unwrap(), vec![(0, 10), (10, 10), (20, 10)]);
    }

    #[tokio::test]
    async fn exact_multiple_with_total_needs_no_extra_request() {
        let calls = Calls::default();
        let all: Vec<u64> = paginate(10, endpoint(20, true, calls.clone())).try_collect().await.unwrap();
        assert_eq!(all.len(), 20);
        assert_eq!(*calls.lock().unwrap(), vec![(0, 10), (10, 10)]);
    }

    #[tokio::test]
    async fn without_total_stops_at_short_or_empty_page() {
        let calls = Calls::default();
        let all: Vec<u64> = paginate(10, endpoint(25, false, calls.clone())).try_collect().await.unwrap();
        assert_eq!(all.len(), 25);
        assert_eq!(*calls.lock().unwrap(), vec![(0, 10), (10, 10), (20, 10)]);

        let calls = Calls::default();
        let all: Vec<u64> = paginate(10, endpoint(20, false, calls.clone())).try_collect().await.unwrap();
        assert_eq!(all.len(), 20);
        assert_eq!(*calls.lock().unwrap(), vec![(0, 10), (10, 10), (20, 10)]);

        let calls = Calls::default();
        let all: Vec<u64> = paginate(10, endpoint(0, true, calls.clone())).try_collect().await.unwrap();
        assert!(all.is_empty());
        assert_eq!(*calls.lock().unwrap(), vec![(0, 10)]);
    }

    #[tokio::test]
    async fn with_total_keeps_going_when_the_server_caps_the_limit() {
        let calls = Calls::default();
        let mut inner = endpoint(7, true, calls.clone());
        // The server returns at most 3 per page whatever the limit asked.
        let capped = move |offset, limit: u64| inner(offset, limit.min(3));
        let all: Vec<u64> = paginate(5, capped).try_collect().await.unwrap();
        assert_eq!(all, (0..7).collect::<Vec<_>>());
        assert_eq!(*calls.lock().unwrap(), vec![(0, 3), (3, 3), (6, 3)]);
    }

    #[tokio::test]
    async fn is_lazy() {
        let calls = Calls::default();
        let stream = paginate(2, endpoint(100, true, calls.clone()));
        pin_mut!(stream);
        assert!(calls.lock().unwrap().is_empty(), "nothing fetched before polling");
        let first: Vec<u64> = stream.as_mut().take(3).try_collect().await.unwrap();
        assert_eq!(first, vec![0, 1, 2]);
        assert_eq!(*calls.lock().unwrap(), vec![(0, 2), (2, 2)]);
    }

    #[tokio::test]
    async fn an_error_is_yielded_once_and_ends_the_stream() {
        let mut pages = 0;
        let fetch = move |offset: u64, _limit: u64| {
            pages += 1;
            let result = if pages == 2 { Err(Error::<()>::Timeout) } else { Ok(Page::new(vec![offset], None)) };
            std::future::ready(result)
        };
        let items: Vec<Result<u64, Error<()>>> = paginate(1, fetch).collect().await;
        assert_eq!(items.len(), 2);
        assert_eq!(*items[0].as_ref().unwrap(), 0);
        assert!(matches!(items[1], Err(Error::Timeout)));
    }

    #[tokio::test]
    async fn zero_limit_is_taken_as_one() {
        let calls = Calls::default();
        let all: Vec<u64> = paginate(0, endpoint(2, false, calls.clone())).try_collect().await.unwrap();
        assert_eq!(all, vec![0, 1]);
        assert_eq!(*calls.lock().unwrap(), vec![(0, 1), (1, 1), (2, 1)]);
    }
}
