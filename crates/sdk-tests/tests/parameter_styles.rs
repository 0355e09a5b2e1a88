//! Every parameter style of the fixtures on the wire, against a local server: scalars behind
//! `$ref`s, one-member unions, a string-or-list (`tests/fixtures/query-param-shapes.yml`), and
//! objects as `form` exploded, `form` not exploded and `deepObject`
//! (`tests/fixtures/object-query-params.yml`).

use fixture_object_query::types::{Page, SearchFilter, SearchFilterStatus};
use fixture_query_params::types::{PointId, SortOrder, Status};
use sdk_tests::wire::{header, only_request, server};

fn query(request: &wiremock::Request) -> Vec<(String, String)> {
    request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[tokio::test]
async fn refs_unions_and_string_or_list() {
    let server = server(200, serde_json::json!({"id": "item_1"})).await;
    let client = fixture_query_params::Client::builder(server.uri()).build().unwrap();
    let item = client
        .default()
        .get_item("item/1", "owner_1")
        .sort(SortOrder::Desc)
        .status(Status::Archived)
        .tag(vec!["a".to_owned(), "b c".to_owned()])
        .x_trace_id("trace-9")
        .send()
        .await
        .expect("item");
    assert_eq!(item.id, "item_1");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/items/item%2F1");
    assert_eq!(query(&request), pairs(&[("sort", "desc"), ("status", "archived"), ("tag", "a"), ("tag", "b c"), ("owner", "owner_1")]));
    assert_eq!(header(&request, "x-trace-id"), Some("trace-9"));
}

#[tokio::test]
async fn a_union_of_scalars_is_written_as_its_variant() {
    let server = server(200, serde_json::json!({"id": "p"})).await;
    let client = fixture_query_params::Client::builder(server.uri()).build().unwrap();
    client.default().get_point(PointId::Integer(42)).near(PointId::String("3f0c-uuid".into())).send().await.expect("point");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/points/42");
    assert_eq!(query(&request), pairs(&[("near", "3f0c-uuid")]));
}

#[tokio::test]
async fn path_parameters_in_the_label_and_matrix_styles() {
    let server = server(200, serde_json::json!({"id": "s"})).await;
    let client = fixture_query_params::Client::builder(server.uri()).build().unwrap();
    client.default().get_shape("s 1", vec!["a".to_owned(), "b/c".to_owned()], vec![3, 4]).send().await.expect("shape");
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/shapes/.s%201/;tags=a,b%2Fc/;dims=3;dims=4");
}

#[tokio::test]
async fn objects_in_each_style() {
    let server = server(204, serde_json::json!(null)).await;
    let client = fixture_object_query::Client::builder(server.uri()).build().unwrap();
    // Request structs are `#[non_exhaustive]`: `new(required fields)`, then optional ones.
    let mut page = Page::new();
    page.limit = Some(20);
    page.cursor = Some("c1".into());
    let mut compact = Page::new();
    compact.limit = Some(5);
    let mut filter = SearchFilter::new(SearchFilterStatus::Open);
    filter.owner = Some("me".into());
    client
        .default()
        .search()
        .page(page)
        .compact(compact)
        .filter(filter)
        .send()
        .await
        .expect("search");
    let request = only_request(&server).await;
    assert_eq!(
        query(&request),
        pairs(&[("limit", "20"), ("cursor", "c1"), ("compact", "limit,5"), ("filter[status]", "open"), ("filter[owner]", "me")])
    );
}

#[tokio::test]
async fn loosely_typed_and_map_values_go_out_as_text_in_their_style() {
    use fixture_query_values::types::ListThingsSuspendedBy;
    let server = server(204, serde_json::json!(null)).await;
    let client = fixture_query_values::Client::builder(server.uri()).build().unwrap();
    let metadata: std::collections::BTreeMap<String, String> = [("plan".to_owned(), "pro".to_owned())].into();
    let labels: std::collections::BTreeMap<String, String> = [("team".to_owned(), "core".to_owned())].into();
    client
        .default()
        .list_things()
        .metadata(metadata)
        .labels(labels)
        .project(vec![serde_json::json!("p1"), serde_json::json!(2)])
        .suspended_by(ListThingsSuspendedBy::AutoPause)
        .since("2024-01-01")
        .send()
        .await
        .expect("list");
    let request = only_request(&server).await;
    // Strings without quotes: the values are text, not JSON text.
    assert_eq!(
        query(&request),
        pairs(&[("metadata[plan]", "pro"), ("team", "core"), ("project", "p1"), ("project", "2"), ("suspended_by", "auto_pause"), ("since", "2024-01-01")])
    );
}
