/**
 * An application's recruiter as the SQL that reads it, for a query whose applications are `a`: the person
 * linked to it as its recruiter (the first linked, if several), else the name and email typed on it before
 * people existed (the migration made those a linked contact, but the columns stay). Since people came in,
 * a recruiter is only ever added as a linked person, so a reader of the old columns alone (the rejection
 * form's prefill, a follow-up's wording) found no one on any newer application and a stale name after an edit.
 */
const linkedRecruiter = (column: 'name' | 'email') =>
  `(SELECT c.${column} FROM application_contacts ac JOIN contacts c ON c.id = ac.contact_id
    WHERE ac.application_id = a.id AND ac.relation = 'recruiter' ORDER BY ac.contact_id LIMIT 1)`;

export const recruiterNameSql = `COALESCE(${linkedRecruiter('name')}, a.recruiter_name)`;
/** The same person's email: the linked recruiter's (even when empty), the typed one only when no one is linked. */
export const recruiterEmailSql = `COALESCE(${linkedRecruiter('email')}, a.recruiter_email)`;
