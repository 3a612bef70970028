"""One person's data in the event's language: the French keys and fixed values of ``PrivacyService.person_data``
turned into the words of the file's reader (an RGPD answer in English has no French key in it)."""

from __future__ import annotations

from typing import Any

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import Situation

# every key and fixed value ``person_data`` writes, so that lupdate collects them
WORDS = (
    QT_TRANSLATE_NOOP("person", "prénom"),
    QT_TRANSLATE_NOOP("person", "nom"),
    QT_TRANSLATE_NOOP("person", "email"),
    QT_TRANSLATE_NOOP("person", "téléphone"),
    QT_TRANSLATE_NOOP("person", "organisation"),
    QT_TRANSLATE_NOOP("person", "situation"),
    QT_TRANSLATE_NOOP("person", "compétences"),
    QT_TRANSLATE_NOOP("person", "souhait"),
    QT_TRANSLATE_NOOP("person", "régime alimentaire"),
    QT_TRANSLATE_NOOP("person", "consentement"),
    QT_TRANSLATE_NOOP("person", "inscrit·e le"),
    QT_TRANSLATE_NOOP("person", "sur place"),
    QT_TRANSLATE_NOOP("person", "fichier d'import"),
    QT_TRANSLATE_NOOP("person", "ligne d'import"),
    QT_TRANSLATE_NOOP("person", "structure"),
    QT_TRANSLATE_NOOP("person", "table"),
    QT_TRANSLATE_NOOP("person", "arrivée"),
    QT_TRANSLATE_NOOP("person", "poste"),
    QT_TRANSLATE_NOOP("person", "méthode"),
    QT_TRANSLATE_NOOP("person", "annulée"),
    QT_TRANSLATE_NOOP("person", "code"),
    QT_TRANSLATE_NOOP("person", "émis"),
    QT_TRANSLATE_NOOP("person", "révoqué"),
    QT_TRANSLATE_NOOP("person", "disponibilité"),
    QT_TRANSLATE_NOOP("person", "accepte d'être contacté·e"),
    QT_TRANSLATE_NOOP("person", "depuis"),
    QT_TRANSLATE_NOOP("person", "moment"),
    QT_TRANSLATE_NOOP("person", "action"),
    QT_TRANSLATE_NOOP("person", "événement"),
    QT_TRANSLATE_NOOP("person", "identifiant"),
    QT_TRANSLATE_NOOP("person", "inscription"),
    QT_TRANSLATE_NOOP("person", "équipe"),
    QT_TRANSLATE_NOOP("person", "arrivées"),
    QT_TRANSLATE_NOOP("person", "codes"),
    QT_TRANSLATE_NOOP("person", "trail"),
    QT_TRANSLATE_NOOP("person", "évaluations"),
    QT_TRANSLATE_NOOP("person", "historique"),
    QT_TRANSLATE_NOOP("person", "oui"),
    QT_TRANSLATE_NOOP("person", "non"),
    QT_TRANSLATE_NOOP("person", "non renseigné"),
    QT_TRANSLATE_NOOP("person", "anonymes : les réponses aux questionnaires ne sont liées à personne"),
    # the Trail sessions a person took part in (storage/trail.py sessions_of)
    QT_TRANSLATE_NOOP("person", "séances du Trail"),
    QT_TRANSLATE_NOOP("person", "date"),
    QT_TRANSLATE_NOOP("person", "format"),
    QT_TRANSLATE_NOOP("person", "durée (min)"),
)
_KNOWN = frozenset(WORDS)
# values that are words of ours, not the person's own data (a value is translated only under these keys)
_VALUE_KEYS = frozenset({"consentement", "évaluations"})
_SITUATIONS = {s.value: s for s in Situation}


def localise(data: Any, key: str = "") -> Any:
    """``data`` with every key of ours (and the fixed values under ``_VALUE_KEYS``) in the language being spoken;
    the person's own values are never touched."""
    if isinstance(data, dict):
        return {_word(k): localise(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [localise(item, key) for item in data]
    if isinstance(data, str) and key in _VALUE_KEYS:
        return _word(data)
    if isinstance(data, str) and key == "situation" and data in _SITUATIONS:
        return translate("situation", _SITUATIONS[data].label)  # 'salarie' -> 'salarié·e' / 'employee'
    return data


def _word(text: str) -> str:
    return translate("person", text) if text in _KNOWN else text


def csv_header() -> list[str]:
    return [
        translate("person", "rubrique"),
        translate("person", "n°"),
        translate("person", "champ"),
        translate("person", "valeur"),
    ]
