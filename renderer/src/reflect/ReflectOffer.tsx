import type { Application } from '../../../electron/core/applications/schema';
import { content, fillTemplate } from '../../../content';
import { hashFor } from '../components/navigation';
import { useApiQuery } from '../ipc/queries';

const copy = content.planner.applications;

/**
 * "Reflect on it", for as long as a rejected application has no finished
 * reflection: the one-time offer after marking it rejected can be put off,
 * so the card and the details page keep this one. A link, so it can sit in
 * any list without being handed a way to navigate. Nothing for any other status.
 */
export function ReflectOffer({ application }: { application: Pick<Application, 'id' | 'company' | 'status'> }) {
  if (application.status !== 'rejected') return null;
  return <Offer application={application} />;
}

function Offer({ application }: { application: Pick<Application, 'id' | 'company'> }) {
  const where = useApiQuery('rejections:ofApplication', { applicationId: application.id });
  if (!where.data || where.data.reflection?.state === 'done') return null;
  const { rejectionId, reflection } = where.data;
  const carryOn = reflection?.state === 'in_progress';
  return (
    <a
      className="button small primary reflect-offer"
      href={hashFor('reflect', rejectionId === null ? `new-rejection-${application.id}` : `reflect-${rejectionId}`)}
      aria-label={fillTemplate(carryOn ? copy.carryOnReflectingFor : copy.reflectOnItFor, { company: application.company })}
    >
      {carryOn ? copy.carryOnReflecting : copy.reflectOnIt}
    </a>
  );
}
