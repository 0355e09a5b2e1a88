//! `stream()` on list operations: every item of every page, pages fetched lazily with
//! `limit`/`offset`, against a local server (127.0.0.1, free port) that pages a fixed list.

use std::sync::{Arc, Mutex};

use clerk_backend_api::{Client, Error, RetryConfig};
use futures::{StreamExt, TryStreamExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers `GET ?limit=&offset=` with that slice of `total` items, as a list or as
/// `{data, total_count}`; records each (offset, limit) it was asked for.
struct Pages {
    total: usize,
    wrapped: bool,
    asked: Arc<Mutex<Vec<(usize, usize)>>>,
}

fn waitlist_entry(i: usize) -> serde_json::Value {
    serde_json::json!({"object": "waitlist_entry", "id": format!("wle_{i}"), "email_address": format!("u{i}@example.com"),
        "status": "pending", "created_at": 1762189394000_i64, "updated_at": 1762189394000_i64})
}

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let param = |name: &str| request.url.query_pairs().find(|(k, _)| k == name).and_then(|(_, v)| v.parse::<usize>().ok());
        let (offset, limit) = (param("offset").unwrap_or(0), param("limit").unwrap_or(10));
        self.asked.lock().expect("lock").push((offset, limit));
        let items: Vec<serde_json::Value> = (offset..self.total.min(offset + limit)).map(waitlist_entry).collect();
        let ids: Vec<serde_json::Value> = (offset..self.total.min(offset + limit)).map(|i| serde_json::json!({"id": format!("alid_{i}")})).collect();
        if self.wrapped {
            ResponseTemplate::new(200).set_body_json(serde_json::json!({"data": items, "total_count": self.total}))
        } else {
            ResponseTemplate::new(200).set_body_json(ids)
        }
    }
}

async fn serve(route: &str, total: usize, wrapped: bool) -> (MockServer, Client, Arc<Mutex<Vec<(usize, usize)>>>) {
    let server = MockServer::start().await;
    let asked = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method("GET")).and(path(route)).respond_with(Pages { total, wrapped, asked: asked.clone() }).mount(&server).await;
    let client = Client::builder(server.uri()).bearer_auth("sk_test_x").retry(RetryConfig::disabled()).build().expect("client");
    (server, client, asked)
}

#[tokio::test]
async fn pages_until_the_reported_total() {
    let (_server, clerk, asked) = serve("/waitlist_entries", 7, true).await;
    let entries: Vec<_> = clerk.waitlist_entries().list().limit(3).stream().try_collect().await.expect("all pages");
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["wle_0", "wle_1", "wle_2", "wle_3", "wle_4", "wle_5", "wle_6"]);
    // The total says 7: no fourth request for an empty page.
    assert_eq!(*asked.lock().expect("lock"), [(0, 3), (3, 3), (6, 3)]);
}

#[tokio::test]
async fn pages_are_fetched_only_as_items_are_read_and_start_at_the_offset_set() {
    let (_server, clerk, asked) = serve("/waitlist_entries", 100, true).await;
    let stream = clerk.waitlist_entries().list().limit(2).offset(10).stream();
    futures::pin_mut!(stream);
    let first = stream.next().await.expect("an item").expect("ok");
    assert_eq!(first.id, "wle_10");
    assert_eq!(*asked.lock().expect("lock"), [(10, 2)], "one page so far");
    let _ = stream.next().await;
    let third = stream.next().await.expect("an item").expect("ok");
    assert_eq!(third.id, "wle_12");
    assert_eq!(*asked.lock().expect("lock"), [(10, 2), (12, 2)]);
}

#[tokio::test]
async fn plain_list_responses_end_on_a_short_page_with_the_default_limit() {
    let (_server, clerk, asked) = serve("/allowlist_identifiers", 25, false).await;
    let all: Vec<_> = clerk.allowlist_identifiers().list().stream().try_collect().await.expect("all pages");
    assert_eq!(all.len(), 25);
    assert_eq!(all[24].id.as_deref(), Some("alid_24"));
    assert_eq!(*asked.lock().expect("lock"), [(0, 10), (10, 10), (20, 10)], "the spec's default limit, 10");
}

#[tokio::test]
async fn an_error_is_yielded_and_ends_the_stream() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(403).set_body_json(serde_json::json!({"errors": [{"message": "no", "long_message": "no", "code": "authorization_invalid"}]})))
        .mount(&server)
        .await;
    let clerk = Client::builder(server.uri()).bearer_auth("sk_test_x").retry(RetryConfig::disabled()).build().expect("client");
    let results: Vec<_> = clerk.waitlist_entries().list().stream().collect().await;
    assert_eq!(results.len(), 1);
    assert!(matches!(&results[0], Err(Error::Api { status, .. }) if status.as_u16() == 403), "{results:?}");
}

#[tokio::test]
async fn the_total_counts_from_the_first_offset() {
    // 7 items in all, starting at 4 with pages of 3: items 4, 5, 6 in one request, no second.
    let (_server, clerk, asked) = serve("/waitlist_entries", 7, true).await;
    let entries: Vec<_> = clerk.waitlist_entries().list().offset(4).limit(3).stream().try_collect().await.expect("all pages");
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["wle_4", "wle_5", "wle_6"]);
    assert_eq!(*asked.lock().expect("lock"), [(4, 3)]);
}

/// Frontend API lists come in an envelope: `{"response": {"data": [...], "total_count": N}, "client": null}`.
struct WrappedDomains {
    total: usize,
    asked: Arc<Mutex<Vec<(usize, usize)>>>,
}

impl Respond for WrappedDomains {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let param = |name: &str| request.url.query_pairs().find(|(k, _)| k == name).and_then(|(_, v)| v.parse::<usize>().ok());
        let (offset, limit) = (param("offset").unwrap_or(0), param("limit").unwrap_or(10));
        self.asked.lock().expect("lock").push((offset, limit));
        let items: Vec<serde_json::Value> = (offset..self.total.min(offset + limit))
            .map(|i| {
                serde_json::json!({"object": "organization_domain", "id": format!("orgdmn_{i}"), "organization_id": "org_1", "name": format!("d{i}.example.com"),
                    "enrollment_mode": "manual_invitation", "total_pending_invitations": 0, "total_pending_suggestions": 0,
                    "created_at": 1762189394000_i64, "updated_at": 1762189394000_i64})
            })
            .collect();
        ResponseTemplate::new(200).set_body_json(serde_json::json!({"response": {"data": items, "total_count": self.total}, "client": null}))
    }
}

#[tokio::test]
async fn a_page_inside_an_envelope_streams_too() {
    let server = MockServer::start().await;
    let asked = Arc::new(Mutex::new(Vec::new()));
    Mock::given(method("GET")).and(path("/v1/organizations/org_1/domains")).respond_with(WrappedDomains { total: 5, asked: asked.clone() }).mount(&server).await;
    let clerk = clerk_frontend_api::Client::builder(server.uri()).retry(RetryConfig::disabled()).build().expect("client");
    let domains: Vec<_> = clerk.domains().list_organization("org_1").limit(2).stream().try_collect().await.expect("all pages");
    let ids: Vec<&str> = domains.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["orgdmn_0", "orgdmn_1", "orgdmn_2", "orgdmn_3", "orgdmn_4"]);
    assert_eq!(*asked.lock().expect("lock"), [(0, 2), (2, 2), (4, 2)]);
}
