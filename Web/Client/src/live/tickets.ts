// Participant tickets are kept per meeting in localStorage (key cp.ticket.{meetingId}).

const key = (meetingId: string) => `cp.ticket.${meetingId}`;

export function storeTicket(meetingId: string, ticket: string): void {
  try {
    localStorage.setItem(key(meetingId), ticket);
  } catch {
    // Storage may be unavailable (private mode); the page then works only for signed-in organizers.
  }
}

export function readTicket(meetingId: string): string | null {
  try {
    return localStorage.getItem(key(meetingId));
  } catch {
    return null;
  }
}

export function forgetTicket(meetingId: string): void {
  try {
    localStorage.removeItem(key(meetingId));
  } catch {
    // ignore
  }
}

/** Every ticket this browser keeps (at most a few dozen): a returning person gets their seat back when joining. */
export function heldTickets(): string[] {
  try {
    const tickets: string[] = [];
    for (let i = 0; i < localStorage.length && tickets.length < 20; i++) {
      const name = localStorage.key(i);
      const value = name?.startsWith("cp.ticket.") ? localStorage.getItem(name) : null;
      if (value) tickets.push(value);
    }
    return tickets;
  } catch {
    return [];
  }
}
