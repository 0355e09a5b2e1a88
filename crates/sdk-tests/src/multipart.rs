//! Checks on `multipart/form-data` bodies as a server receives them.

/// Asserts that `body`, sent with `content_type`, carries the file `field` named `file_name`
/// with part type `part_type` and exactly `bytes` somewhere in it.
pub fn assert_file_part(content_type: Option<&str>, body: &[u8], field: &str, file_name: &str, part_type: &str, bytes: &[u8]) {
    let content_type = content_type.unwrap_or_default();
    assert!(content_type.starts_with("multipart/form-data; boundary="), "{content_type}");
    let text = String::from_utf8_lossy(body);
    let disposition = format!("Content-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"");
    assert!(text.contains(&disposition), "no `{disposition}` in {text}");
    assert!(text.contains(&format!("Content-Type: {part_type}")), "no part type {part_type} in {text}");
    assert!(body.windows(bytes.len()).any(|w| w == bytes), "the file's bytes are not in {text}");
}
