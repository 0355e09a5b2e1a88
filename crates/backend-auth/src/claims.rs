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
    /// from 2025-04-10 on, such as the 2026-05-12 the crates are pinned to.
    pub version: Option<u64>,
    pub organization: Option<OrganizationClaims>,
    /// Minutes since the user last verified their first and their second factor (`fva`);
    /// `None` in a factor for one never verified (or a user without a second factor).
    pub factor_verification_age: Option<FactorAge>,
    /// Every other claim: JWT template claims and custom session claims.
    pub custom: Map<String, Value>,
}

const REGISTERED: &[&str] = &[
    "sub", "sid", "iss", "azp", "exp", "iat", "nbf", "sts", "v", "o", "fea", "org_id", "org_role", "org_slug", "org_permissions",
    "jti", "fva",
];

/// The `fva` claim: minutes since each factor was last verified.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FactorAge {
    pub first: Option<u64>,
    pub second: Option<u64>,
}

/// Which factors a sensitive action wants verified recently (Clerk's reverification levels).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactorLevel {
    FirstFactor,
    /// The second factor, or the first for a user who has no second factor.
    SecondFactor,
    /// Both factors, or the first alone for a user who has no second factor.
    MultiFactor,
}

impl FactorAge {
    fn from_claim(value: &Value) -> Option<FactorAge> {
        let pair = value.as_array()?;
        // -1 (or anything not a count of minutes) means "never verified".
        let age = |i: usize| pair.get(i).and_then(Value::as_i64).and_then(|m| u64::try_from(m).ok());
        Some(FactorAge { first: age(0), second: age(1) })
    }

    /// Whether `level` was verified less than `max_age` ago, as Clerk's `has({reverification})`
    /// decides it.
    pub fn verified_within(&self, level: FactorLevel, max_age: std::time::Duration) -> bool {
        let minutes = max_age.as_secs() / 60;
        let recent = |age: Option<u64>| age.is_some_and(|a| a < minutes);
        match (level, self.second) {
            (FactorLevel::FirstFactor, _) | (FactorLevel::SecondFactor | FactorLevel::MultiFactor, None) => recent(self.first),
            (FactorLevel::SecondFactor, second) => recent(second),
            (FactorLevel::MultiFactor, second) => recent(self.first) && recent(second),
        }
    }
}

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
            factor_verification_age: map.get("fva").and_then(FactorAge::from_claim),
            custom: Map::new(),
        };
        map.retain(|key, _| !REGISTERED.contains(&key.as_str()));
        Ok(Claims { custom: map, ..claims })
    }
}

impl Claims {
    /// Whether the session still has tasks to do (`sts: pending`, e.g. choosing an
    /// organization): such a user is not fully signed in, and most routes should refuse them.
    pub fn is_pending(&self) -> bool {
        self.session_status == Some(SessionStatus::Pending)
    }

    /// Whether the user verified `level` less than `max_age` ago (reverification before a
    /// sensitive action); `false` when the token carries no `fva`.
    pub fn verified_within(&self, level: FactorLevel, max_age: std::time::Duration) -> bool {
        self.factor_verification_age.is_some_and(|age| age.verified_within(level, max_age))
    }

    /// Whether the active organization grants `permission` (e.g. `org:invoices:read`).
    pub fn has_permission(&self, permission: &str) -> bool {
        self.organization.as_ref().is_some_and(|o| o.has_permission(permission))
    }

    /// Whether the user has `role` in the active organization (`org:admin` or `admin`).
    pub fn has_role(&self, role: &str) -> bool {
        self.organization.as_ref().is_some_and(|o| o.has_role(role))
    }
}

impl OrganizationClaims {
    /// Whether the membership grants `permission`, written `org:<feature>:<permission>` (the
    /// `org:` may be left out); the same for v1 and v2 tokens.
    pub fn has_permission(&self, permission: &str) -> bool {
        let wanted = with_org_prefix(permission);
        self.permissions.iter().any(|p| with_org_prefix(p) == wanted)
    }

    /// Whether the member's role is `role`: `org:admin` and `admin` are the same role (v1
    /// tokens write the prefix, v2 tokens leave it out).
    pub fn has_role(&self, role: &str) -> bool {
        self.role.as_deref().is_some_and(|r| with_org_prefix(r) == with_org_prefix(role))
    }
}

/// `org:x`, for `x` or `org:x`.
fn with_org_prefix(name: &str) -> std::borrow::Cow<'_, str> {
    if name.starts_with("org:") {
        std::borrow::Cow::Borrowed(name)
    } else {
        std::borrow::Cow::Owned(format!("org:{name}"))
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
    fn roles_and_permissions_read_the_same_in_v1_and_v2_tokens() {
        let v2 = claims(json!({
            "sub": "user_1", "iss": "i", "exp": 10, "v": 2, "fea": "o:invoices",
            "o": {"id": "org_1", "rol": "admin", "per": "read,manage", "fpm": "1"},
        }));
        let v1 = claims(json!({
            "sub": "user_1", "iss": "i", "exp": 10, "org_id": "org_1", "org_role": "org:admin", "org_permissions": ["org:invoices:read"],
        }));
        for c in [&v1, &v2] {
            assert!(c.has_role("org:admin") && c.has_role("admin"), "{c:?}");
            assert!(!c.has_role("org:member"));
            assert!(c.has_permission("org:invoices:read") && c.has_permission("invoices:read"));
            assert!(!c.has_permission("org:invoices:manage"), "{c:?}");
        }
        let none = claims(json!({"sub": "user_1", "iss": "i", "exp": 10}));
        assert!(!none.has_role("admin") && !none.has_permission("org:invoices:read"));
    }

    #[test]
    fn reverification_reads_the_factor_ages() {
        use std::time::Duration;
        let ten = Duration::from_secs(600);
        let with = |fva: Value| claims(json!({"sub": "user_1", "iss": "i", "exp": 10, "fva": fva}));
        // First factor 3 minutes ago, no second factor.
        let c = with(json!([3, -1]));
        assert_eq!(c.factor_verification_age, Some(FactorAge { first: Some(3), second: None }));
        assert!(c.verified_within(FactorLevel::FirstFactor, ten));
        assert!(c.verified_within(FactorLevel::SecondFactor, ten), "no second factor: the first stands in");
        assert!(c.verified_within(FactorLevel::MultiFactor, ten));
        assert!(!c.verified_within(FactorLevel::FirstFactor, Duration::from_secs(180)), "3 minutes is not less than 3");
        // Second factor 30 minutes ago.
        let c = with(json!([3, 30]));
        assert!(!c.verified_within(FactorLevel::SecondFactor, ten));
        assert!(!c.verified_within(FactorLevel::MultiFactor, ten));
        assert!(c.verified_within(FactorLevel::MultiFactor, Duration::from_secs(3600)));
        // No claim at all: never recent.
        assert!(!claims(json!({"sub": "user_1", "iss": "i", "exp": 10})).verified_within(FactorLevel::FirstFactor, ten));
    }

    #[test]
    fn missing_required_claims_are_malformed() {
        let Value::Object(map) = json!({"iss": "x", "exp": 1}) else { unreachable!() };
        assert!(matches!(Claims::from_map(map), Err(VerifyError::Malformed(m)) if m.contains("sub")));
    }
}
