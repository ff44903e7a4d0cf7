/** E-mail to the members: the queue in the database delivered over SMTP. */
package dk.kkr.service.mail;
