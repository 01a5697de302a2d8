'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deskAction } from '@/lib/actions';
import { saveTopicPlanners } from '@/lib/planning/planners';
import { approveTopicSchema, assignTopicSchema, declineTopicSchema, plannersFormSchema, topicFormSchema, writeTopicSchema } from '@/lib/planning/schema';
import { approveTopic, assignTopic, declineTopic, proposeTopic, writeFromTopic } from '@/lib/planning/topics';

const refresh = (topicId?: number) => {
  revalidatePath('/desk/de-tai');
  if (topicId) revalidatePath(`/desk/de-tai/${topicId}`);
};

/** A reporter proposes; the thư ký may give the topic to reporters at once (it is then approved). */
export const proposeTopicAction = deskAction('topic.propose', topicFormSchema, async (input, user) => {
  const topic = await proposeTopic({ actor: user, input });
  refresh();
  redirect(`/desk/de-tai/${topic.id}?moi=1`);
});

export const approveTopicAction = deskAction('topic.plan', approveTopicSchema, async (input, user) => {
  const done = await approveTopic({ actor: user, topicId: input.topicId, deadline: input.deadline });
  refresh(input.topicId);
  return { ok: true, message: done.message };
});

export const declineTopicAction = deskAction('topic.plan', declineTopicSchema, async (input, user) => {
  const done = await declineTopic({ actor: user, topicId: input.topicId, reason: input.reason });
  refresh(input.topicId);
  return { ok: true, message: done.message };
});

export const assignTopicAction = deskAction('topic.plan', assignTopicSchema, async (input, user) => {
  const done = await assignTopic({ actor: user, topicId: input.topicId, assigneeIds: input.assigneeIds, deadline: input.deadline, expectedOn: input.expectedOn });
  refresh(input.topicId);
  return { ok: true, message: done.message };
});

/** "Viết bài": the draft opens in the editor, title and section filled in, linked to the topic. */
export const writeFromTopicAction = deskAction('topic.propose', writeTopicSchema, async (input, user) => {
  const article = await writeFromTopic({ actor: user, topicId: input.topicId });
  refresh(input.topicId);
  redirect(`/desk/bai-viet/${article.id}`);
});

export const saveTopicPlannersAction = deskAction('topic.managePlanners', plannersFormSchema, async (input, user) => {
  await saveTopicPlanners({ actor: user, planners: input });
  revalidatePath('/desk/cai-dat');
  return { ok: true, message: 'Đã lưu người giữ việc thư ký tòa soạn.' };
});
