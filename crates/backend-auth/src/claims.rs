//! The claims of a verified Clerk session token.

use serde_json::{Map, Value};

use crate::error::VerifyError;

/// The status of the session a token was issued for (`sts`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionStatus {
    Active,
    /// Signed in, with a task left (e.g. choosing an organization).
    Pending,
    Other(String),
}

/// The active organization, as the token encodes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganizationClaims {
    pub id: String,
    /// The member's role, e.g. `org:admin` (v1) or `admin` (v2, as sent).
    pub role: Option<String>,
    pub slug: Option<String>,
    /// Permissions, e.g. `org:invoices:read`.
    pub permissions: Vec<String>,
}

/// A verified session token's claims.
#[derive(Clone, Debug, PartialEq)]
pub struct Claims {
    /// The user id.
    pub sub: String,
    /// The session id.
    pub sid: Option<String>,
    pub iss: String,
    /// The origin the token was created for.
    pub azp: Option<String>,
    pub exp: u64,
    pub iat: Option<u64>,
    pub nbf: Option<u64>,
    pub session_status: Option<SessionStatus>,
    /// The token format version (`v`): absent for version 1, `2` for tokens of API versions
    /// from 2025-04-10 on, such as the 2025-11-10 the crates are pinned to.
    pub version: Option<u64>,
    pub organization: Option<OrganizationClaims>,
    /// Every other claim: JWT template claims and custom session claims.
    pub custom: Map<String, Value>,
}

const REGISTERED: &[&str] = &[
    "sub", "sid", "iss", "azp", "exp", "iat", "nbf", "sts", "v", "o", "fea", "org_id", "org_role", "org_slug", "org_permissions",
    "jti",
];

impl Claims {
    pub(crate) fn from_map(mut map: Map<String, Value>) -> Result<Claims, VerifyError> {
        let malformed = |what: &str| VerifyError::Malformed(format!("claim `{what}` is missing or of the wrong type"));
        let string = |map: &Map<String, Value>, key: &str| map.get(key).and_then(Value::as_str).map(str::to_owned);
        let number = |map: &Map<String, Value>, key: &str| map.get(key).and_then(Value::as_u64);
        let claims = Claims {
            sub: string(&map, "sub").ok_or_else(|| malformed("sub"))?,
            sid: string(&map, "sid"),
            iss: string(&map, "iss").ok_or_else(|| malformed("iss"))?,
            azp: string(&map, "azp"),
            exp: number(&map, "exp").ok_or_else(|| malformed("exp"))?,
            iat: number(&map, "iat"),
            nbf: number(&map, "nbf"),
            session_status: string(&map, "sts").map(|s| match s.as_str() {
                "active" => SessionStatus::Active,
                "pending" => SessionStatus::Pending,
                _ => SessionStatus::Other(s),
            }),
            version: number(&map, "v"),
            organization: organization(&map),
            custom: Map::new(),
        };
        map.retain(|key, _| !REGISTERED.contains(&key.as_str()));
        Ok(Claims { custom: map, ..claims })
    }
}

/// Version 2 (`"v": 2`): `o: {id, rol, slg, per, fpm}` with `fea` naming the features; each
/// feature's `fpm` entry is a bit mask over `per`. Version 1: `org_id`, `org_role`,
/// `org_slug`, `org_permissions`.
fn organization(map: &Map<String, Value>) -> Option<OrganizationClaims> {
    if let Some(o) = map.get("o").and_then(Value::as_object) {
        let text = |key: &str| o.get(key).and_then(Value::as_str).map(str::to_owned);
        let list = |text: Option<&str>| -> Vec<String> {
            text.unwrap_or_default().split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
        };
        let per = list(o.get("per").and_then(Value::as_str));
        let masks: Vec<u64> = list(o.get("fpm").and_then(Value::as_str)).iter().filter_map(|m| m.parse().ok()).collect();
        let features: Vec<String> = list(map.get("fea").and_then(Value::as_str))
            .into_iter()
            .filter_map(|f| f.strip_prefix("o:").map(str::to_owned))
            .collect();
        let mut permissions = Vec::new();
        for (feature, mask) in features.iter().zip(&masks) {
            for (bit, permission) in per.iter().enumerate().take(64) {
                if mask & (1 << bit) != 0 {
                    permissions.push(format!("org:{feature}:{permission}"));
                }
            }
        }
        return Some(OrganizationClaims { id: text("id")?, role: text("rol"), slug: text("slg"), permissions });
    }
    let id = map.get("org_id").and_then(Value::as_str)?.to_owned();
    Some(OrganizationClaims {
        id,
        role: map.get("org_role").and_then(Value::as_str).map(str::to_owned),
        slug: map.get("org_slug").and_then(Value::as_str).map(str::to_owned),
        permissions: map
            .get("org_permissions")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claims(value: Value) -> Claims {
        let Value::Object(map) = value else { panic!("not an object") };
        Claims::from_map(map).expect("claims")
    }

    #[test]
    fn version_2_organization_claims_are_decoded() {
        let c = claims(json!({
            "sub": "user_1", "iss": "https://clerk.example.com", "exp": 10, "sid": "sess_1", "sts": "active", "v": 2,
            "fea": "o:invoices,o:reports,u:profile",
            "o": {"id": "org_1", "rol": "admin", "slg": "acme", "per": "read,manage", "fpm": "3,1"},
            "plan": "pro",
        }));
        assert_eq!(c.session_status, Some(SessionStatus::Active));
        assert_eq!(c.version, Some(2));
        let org = c.organization.expect("organization");
        assert_eq!((org.id.as_str(), org.role.as_deref(), org.slug.as_deref()), ("org_1", Some("admin"), Some("acme")));
        assert_eq!(org.permissions, ["org:invoices:read", "org:invoices:manage", "org:reports:read"]);
        assert_eq!(c.custom, json!({"plan": "pro"}).as_object().cloned().unwrap());
    }

    #[test]
    fn version_1_organization_claims_are_decoded() {
        let c = claims(json!({
            "sub": "user_1", "iss": "https://clerk.example.com", "exp": 10,
            "org_id": "org_1", "org_role": "org:admin", "org_slug": "acme", "org_permissions": ["org:invoices:read"],
        }));
        let org = c.organization.expect("organization");
        assert_eq!(org.role.as_deref(), Some("org:admin"));
        assert_eq!(org.permissions, ["org:invoices:read"]);
        assert!(c.custom.is_empty());
    }

    #[test]
    fn missing_required_claims_are_malformed() {
        let Value::Object(map) = json!({"iss": "x", "exp": 1}) else { unreachable!() };
        assert!(matches!(Claims::from_map(map), Err(VerifyError::Malformed(m)) if m.contains("sub")));
    }
}
